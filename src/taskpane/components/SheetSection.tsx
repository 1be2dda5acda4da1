import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ChangesPlace } from "../i18n";
import { useT } from "../i18n";
import type { SheetInfo } from "../port";
import { LiveNotice } from "./LiveNotice";
import type { Notice } from "./Section";
import { SheetOptions } from "./SheetOptions";
import { Section } from "./Section";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  body: { overflowWrap: "anywhere", whiteSpace: "normal" },
  extra: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
});

export interface SheetSectionProps {
  readonly sheets: readonly SheetInfo[] | null;
  readonly sheet: string;
  readonly detected: string | null;
  readonly busy: boolean;
  readonly notice: Notice;
  /** Messages about the pane as a whole (settings not saved, a ribbon command failed). */
  readonly generalNotice: Notice;
  readonly onSheetChange: (name: string) => void;
  readonly onRefresh: () => void;
  readonly onInsertTemplate: () => void;
  /** Where an inserted blank Table 1 goes (the offer says so). */
  readonly changesGo: ChangesPlace;
  /** The workbook's file is a `.csv` or `.xls` (that extension), to be saved as .xlsx first; else null. */
  readonly notXlsx: string | null;
  /** Shown once a blank Table 1 was inserted (the standalone page: its download). */
  readonly templateExtra?: React.ReactNode;
}

export function SheetSection(p: SheetSectionProps): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  const loaded = p.sheets !== null;
  const hint = !loaded
    ? t.app.loading
    : p.sheets!.length === 0
      ? t.sheet.noSheets
      : p.detected !== null
        ? t.sheet.detected(p.detected)
        : t.sheet.notDetected;
  return (
    <Section title={t.sheet.heading} testId="sheet-section">
      <LiveNotice notice={p.generalNotice} testId="general-notice" />
      {p.notXlsx !== null && (
        <MessageBar intent="warning" layout="multiline" data-testid="not-xlsx">
          <MessageBarBody className={styles.body}>
            {t.sheet.notXlsxWorkbook(p.notXlsx)}
          </MessageBarBody>
        </MessageBar>
      )}
      {loaded && p.detected === null && (
        <MessageBar intent="warning" layout="multiline" data-testid="no-table">
          <MessageBarBody className={styles.body}>{t.sheet.noTable}</MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              onClick={p.onInsertTemplate}
              disabled={p.busy}
              data-testid="no-table-insert"
            >
              {t.sheet.noTableInsert[p.changesGo]}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Field
        label={t.sheet.label}
        hint={hint}
        validationState={loaded && p.sheets!.length > 0 && p.detected === null ? "warning" : "none"}
      >
        <Select
          value={p.sheet}
          disabled={!loaded || p.busy || p.sheets!.length === 0}
          onChange={(_, d) => p.onSheetChange(d.value)}
          data-testid="sheet"
        >
          <SheetOptions sheets={p.sheets} />
        </Select>
      </Field>
      <div className={styles.row}>
        <Button onClick={p.onRefresh} disabled={p.busy}>
          {t.sheet.refresh}
        </Button>
        <Button
          onClick={p.onInsertTemplate}
          disabled={p.busy}
          title={t.sheet.insertTemplateHint}
          data-testid="insert-template"
        >
          {t.sheet.insertTemplate}
        </Button>
      </div>
      <LiveNotice notice={p.notice} testId="sheet-notice" />
      {p.templateExtra !== undefined && <div className={styles.extra}>{p.templateExtra}</div>}
    </Section>
  );
}
