/**
 * One plan workbook, chosen with a button (keyboard) or dropped on the zone, read into the plan's
 * items (core plan/read.ts) with the reader the consolidation view loads on demand. Shows what was
 * read — the plan's title, years and items — or the one-sentence reason it could not be used.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core";
import { planTitle, planYearsText } from "../../core";
import { useFileDrop } from "../components/useFileDrop";
import { usePlanT } from "./i18n";
import type { PlanBookOutcome } from "./workflow";
import { readPlanBookFile } from "./workflow";

const useStyles = makeStyles({
  zone: { padding: tokens.spacingVerticalM, minWidth: 0 },
  chosen: { overflowWrap: "anywhere" },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "center",
    gap: tokens.spacingHorizontalS,
  },
});

export interface PlanFilePickerProps {
  readonly lang: Lang;
  readonly disabled: boolean;
  /** The plan read (ok), a refusal, or null when cleared. */
  readonly onPlan: (outcome: PlanBookOutcome | null) => void;
  /** Offer "No plan" once one is chosen (consolidation: the plan is optional). */
  readonly clearable?: boolean;
  /** Prefix of the test ids. */
  readonly testId: string;
}

export function PlanFilePicker({
  lang,
  disabled,
  onPlan,
  clearable = false,
  testId,
}: PlanFilePickerProps): React.ReactElement {
  const p = usePlanT();
  const styles = useStyles();
  const [reading, setReading] = React.useState(false);
  const [chosen, setChosen] = React.useState<Extract<PlanBookOutcome, { ok: true }> | null>(null);
  const pick = async (file: File): Promise<void> => {
    setReading(true);
    setChosen(null);
    try {
      const out = await readPlanBookFile(file, lang);
      setChosen(out.ok ? out : null);
      onPlan(out);
    } catch (e) {
      onPlan({
        ok: false,
        message: e instanceof Error && e.message !== "" ? e.message : file.name,
      });
    } finally {
      setReading(false);
    }
  };
  const drop = useFileDrop((files) => void pick(files[0]), disabled || reading);
  return (
    <div
      className={mergeClasses(drop.zoneClass, styles.zone)}
      data-testid={`${testId}-zone`}
      {...drop.zoneProps}
    >
      <input {...drop.inputProps} accept=".xlsx,.xlsm,.ods" data-testid={`${testId}-input`} />
      <div className={styles.row}>
        <Button
          onClick={drop.choose}
          disabled={disabled || reading}
          data-testid={`${testId}-choose`}
        >
          {p.file.choose}
        </Button>
        <Body1>{p.file.drop}</Body1>
      </div>
      {reading && <Caption1>{p.file.reading}</Caption1>}
      {chosen !== null && (
        <div className={styles.row}>
          <Caption1 className={styles.chosen} data-testid={`${testId}-chosen`}>
            {p.file.chosen(
              chosen.name,
              planTitle(chosen.book.plan, lang),
              planYearsText(chosen.book.plan),
              chosen.book.plan.items
            )}
          </Caption1>
          {clearable && (
            <Button
              size="small"
              appearance="subtle"
              disabled={disabled}
              onClick={() => {
                setChosen(null);
                onPlan(null);
              }}
              data-testid={`${testId}-clear`}
            >
              {p.file.clear}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
