/**
 * The "Local monitoring" view (SPEC "Local joint monitoring and evaluation groups"; docs/group.md):
 * check the group workbook with every issue at its cell (a button selecting it in Excel), make an
 * act of the register printable, the summary report of a half-year or year (with a local plan's
 * execution level), the composition summary, and in Excel insert a blank group workbook. It talks
 * to the workbook only through the {@link WorkbookPort} and to the core through `./workflow`.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { GroupCheck, GroupIssue, IsoDate, Lang } from "../../core";
import { isIsoDate, todayIso } from "../../core";
import { LiveNotice } from "../components/LiveNotice";
import type { Notice } from "../components/Section";
import { Section } from "../components/Section";
import type { PaneCatalog } from "../i18n";
import { useT } from "../i18n";
import type { WorkbookPort } from "../port";
import { groupIssues } from "../workflow";
import { GroupOutputs } from "./GroupOutputs";
import { GroupFigures } from "./GroupFigures";
import { GroupIssues } from "./GroupIssues";
import type { GroupPaneCatalog } from "./i18n";
import { useGroupT } from "./i18n";
import type { GroupNotice } from "./notice";
import { errorNotice } from "./notice";
import { checkGroupWorkbook, insertGroupTemplate, planSheets } from "./workflow";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3 },
  field: { maxWidth: "220px" },
});

export interface GroupViewProps {
  readonly port: WorkbookPort;
  readonly lang: Lang;
  /** Issues are buttons that select their cell (Excel); in a file they are a plain list. */
  readonly selectCell: boolean;
  /** Offer "Insert a blank group workbook" (Excel; the page downloads one instead). */
  readonly insertBlank: boolean;
  readonly today?: () => IsoDate;
  /** Called after a sheet was written to the workbook. */
  readonly onWritten?: (sheet: string) => void;
  /** Shown at the end once a sheet was written (the page: the download). */
  readonly extra?: React.ReactNode;
}

export function GroupView({
  port,
  lang,
  selectCell,
  insertBlank,
  today = () => todayIso(),
  onWritten,
  extra,
}: GroupViewProps): React.ReactElement {
  const t = useT();
  const g = useGroupT();
  const styles = useStyles();
  const [asOf, setAsOf] = React.useState("");
  const [created, setCreated] = React.useState("");
  const [check, setCheck] = React.useState<GroupCheck | null>(null);
  const [plans, setPlans] = React.useState<readonly string[]>([]);
  const [running, setRunning] = React.useState<"check" | "blank" | null>(null);
  const [notice, setNotice] = React.useState<GroupNotice>(null);
  const [blankNotice, setBlankNotice] = React.useState<GroupNotice>(null);
  const [written, setWritten] = React.useState(false);
  const busy = React.useRef(false);
  const show = (n: GroupNotice): Notice => n?.(t, g) ?? null;

  const runCheck = async (): Promise<void> => {
    if (busy.current) return;
    busy.current = true;
    setRunning("check");
    setNotice(null);
    try {
      const out = await checkGroupWorkbook(port, isIsoDate(asOf) ? asOf : today(), lang, {
        created: isIsoDate(created) ? created : undefined,
        page: !insertBlank,
      });
      if (!out.ok) {
        setCheck(null);
        setNotice(() => (): Notice => ({ intent: "error", text: out.message }));
        return;
      }
      setCheck(out.check);
      setPlans(await planSheets(port));
      const { errors, warnings } = groupIssues(out.check.issues);
      setNotice(
        () =>
          (c: PaneCatalog, gc: GroupPaneCatalog): Notice =>
            errors.length + warnings.length === 0
              ? { intent: "success", text: gc.check.none }
              : {
                  intent: errors.length > 0 ? "error" : "warning",
                  text: c.check.counts(errors.length, warnings.length),
                }
      );
    } catch (e) {
      setNotice(() => errorNotice(e));
    } finally {
      busy.current = false;
      setRunning(null);
    }
  };

  // Issue messages come from the core in the language of the check: check again after a switch.
  const checkedLang = React.useRef(lang);
  React.useEffect(() => {
    if (checkedLang.current === lang) return;
    checkedLang.current = lang;
    if (check !== null) void runCheck();
    // Only the values listed change what this effect does (the others are read afresh when it runs).
  }, [lang]);

  const insert = async (): Promise<void> => {
    if (busy.current) return;
    busy.current = true;
    setRunning("blank");
    try {
      const names = await insertGroupTemplate(port, lang);
      setBlankNotice(() => (_: PaneCatalog, gc: GroupPaneCatalog): Notice => ({
        intent: "success",
        text: gc.check.inserted(names.join(", ")),
      }));
      onWritten?.(names[0]);
    } catch (e) {
      setBlankNotice(() => errorNotice(e));
    } finally {
      busy.current = false;
      setRunning(null);
    }
  };

  const select = (issue: GroupIssue): void => {
    port
      .selectCell(issue.sheet, issue.row, issue.col)
      .catch((e: unknown) => setNotice(() => errorNotice(e)));
  };

  const onSheetWritten = (sheet: string): void => {
    setWritten(true);
    onWritten?.(sheet);
  };

  return (
    <>
      <Section title={g.check.heading} testId="group-check-section">
        <Caption1 className={styles.note}>{g.check.intro}</Caption1>
        <Field className={styles.field} label={g.check.asOf} hint={g.check.asOfHint}>
          <Input
            type="date"
            value={asOf}
            onChange={(_, d) => setAsOf(d.value)}
            data-testid="group-as-of"
          />
        </Field>
        <Field className={styles.field} label={g.check.created} hint={g.check.createdHint}>
          <Input
            type="date"
            value={created}
            onChange={(_, d) => setCreated(d.value)}
            data-testid="group-created"
          />
        </Field>
        <div className={styles.row}>
          <Button
            appearance="primary"
            onClick={() => void runCheck()}
            disabled={running !== null}
            data-testid="group-check"
          >
            {g.check.run}
          </Button>
          {running === "check" && <Spinner size="tiny" label={g.check.running} />}
        </div>
        <LiveNotice notice={show(notice)} testId="group-check-notice" />
        {check !== null && <GroupFigures check={check} />}
        {check !== null && (
          <GroupIssues issues={check.issues} onSelect={selectCell ? select : undefined} />
        )}
        {insertBlank && (
          <>
            <div className={styles.row}>
              <Button
                onClick={() => void insert()}
                disabled={running !== null}
                title={g.check.insertBlankHint}
                data-testid="group-insert-blank"
              >
                {g.check.insertBlank}
              </Button>
            </div>
            <LiveNotice notice={show(blankNotice)} testId="group-blank-notice" />
          </>
        )}
      </Section>
      <GroupOutputs
        port={port}
        lang={lang}
        check={check}
        plans={plans}
        onWritten={onSheetWritten}
      />
      {written && extra}
    </>
  );
}
