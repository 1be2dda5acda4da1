/**
 * What the view makes from a checked group: the printable act of one register row, the summary
 * report of a period (with a local plan's execution level from a sheet of this workbook or a file),
 * and the composition summary — each a sheet written through the port (`./workflow`).
 */
import * as React from "react";
import { Button, Caption1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { GroupCheck, Lang, Summary } from "../../core";
import { formatDmy, groupCatalog, periodWords } from "../../core";
import { LiveNotice } from "../components/LiveNotice";
import type { Notice } from "../components/Section";
import { Section } from "../components/Section";
import { useFileDrop } from "../components/useFileDrop";
import type { PaneCatalog } from "../i18n";
import { useT } from "../i18n";
import type { WorkbookPort } from "../port";
import { formatLevel } from "../workflow";
import type { GroupNotice } from "./notice";
import { errorNotice } from "./notice";
import type { GroupPaneCatalog } from "./i18n";
import { useGroupT } from "./i18n";
import type { PlanFileOutcome } from "./planFile";
import { readPlanFile } from "./planFile";
import {
  defaultPeriod,
  planFigures,
  planFromSheet,
  reportPeriods,
  writeAct,
  writeComposition,
  writeGroupReport,
} from "./workflow";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  hidden: { display: "none" },
  // A long object name must not widen the pane: the list is as wide as the pane, its text cut.
  select: { minWidth: 0, maxWidth: "100%" },
  field: { minWidth: 0 },
});

type Task = "act" | "report" | "composition";
type Slot = Task;
/** The local plan: none (""), a sheet of this workbook (`sheet:NAME`) or a file ("file"). */
type PlanChoice = string;

export interface GroupOutputsProps {
  readonly port: WorkbookPort;
  readonly lang: Lang;
  readonly check: GroupCheck | null;
  /** Sheets of this workbook holding a Table 1. */
  readonly plans: readonly string[];
  readonly onWritten: (sheet: string) => void;
}

const NONE: Readonly<Record<Slot, GroupNotice>> = { act: null, report: null, composition: null };

export function GroupOutputs({
  port,
  lang,
  check,
  plans,
  onWritten,
}: GroupOutputsProps): React.ReactElement {
  const t = useT();
  const g = useGroupT();
  const core = groupCatalog(lang);
  const styles = useStyles();
  const [actNo, setActNo] = React.useState("");
  const [periodCode, setPeriodCode] = React.useState("");
  const [plan, setPlan] = React.useState<PlanChoice>("");
  const [planFile, setPlanFile] = React.useState<PlanFileOutcome | null>(null);
  const [running, setRunning] = React.useState<Task | null>(null);
  const [notices, setNotices] = React.useState(NONE);
  const notify = (slot: Slot, n: GroupNotice): void => setNotices((all) => ({ ...all, [slot]: n }));
  const show = (slot: Slot): Notice => notices[slot]?.(t, g) ?? null;
  const drop = useFileDrop((files) => void pickPlan(files[0]), running !== null);

  const acts = check?.acts.filter((a) => a.no !== "") ?? [];
  const periods = check === null ? [] : reportPeriods(check);
  // A new check keeps the choices that still exist, else offers the first act and the last half-year ended.
  React.useEffect(() => {
    if (check === null) return;
    setActNo((no) => (acts.some((a) => a.no === no) ? no : (acts[0]?.no ?? "")));
    setPeriodCode((code) =>
      periods.some((p) => p.code === code) ? code : (defaultPeriod(periods, check.asOf)?.code ?? "")
    );
    setPlan((p) => (p.startsWith("sheet:") && !plans.includes(p.slice(6)) ? "" : p));
    setNotices(NONE);
    // Only the values listed change what this effect does (the others are read afresh when it runs).
  }, [check, plans]);

  const run = async (task: Task, work: () => Promise<void>): Promise<void> => {
    if (running !== null) return;
    setRunning(task);
    notify(task, null);
    try {
      await work();
    } catch (e) {
      notify(task, errorNotice(e));
    } finally {
      setRunning(null);
    }
  };

  async function pickPlan(file: File): Promise<void> {
    setPlan("file");
    setPlanFile(null);
    await run("report", async () => {
      const read = await readPlanFile(file, lang);
      setPlanFile(read);
      if (!read.ok) notify("report", () => ({ intent: "error", text: read.message }));
    });
  }

  const makeAct = (): Promise<void> =>
    run("act", async () => {
      if (check === null) return;
      const sheet = await writeAct(port, check, actNo, lang);
      if (sheet === null) return;
      notify("act", (_: PaneCatalog, gc: GroupPaneCatalog) => ({
        intent: "success",
        text: gc.act.made(sheet),
      }));
      onWritten(sheet);
    });

  const makeReport = (): Promise<void> =>
    run("report", async () => {
      const period = periods.find((p) => p.code === periodCode);
      if (check === null || period === undefined) return;
      let summary: Summary | null = null;
      if (plan !== "") {
        const figures =
          plan === "file"
            ? planFile?.ok === true
              ? planFigures(planFile.sheets, period, lang, planFile.name)
              : null
            : await planFromSheet(port, plan.slice(6), period, lang);
        if (figures === null) return;
        if (!figures.ok) {
          notify("report", (_: PaneCatalog, gc: GroupPaneCatalog) => ({
            intent: "error",
            text: gc.report.planFailed(figures.message),
          }));
          return;
        }
        summary = figures.summary;
      }
      const out = await writeGroupReport(port, check, period, summary, lang);
      const level = summary === null ? null : formatLevel(summary.executionLevel, t.decimalMark);
      notify("report", (c: PaneCatalog, gc: GroupPaneCatalog) => {
        const s = groupCatalog(c.lang).summary;
        const f = out.figures;
        const lines = [
          s.meetings(f.meetings.held, f.meetings.withQuorum),
          s.acts(f.acts.length, f.responses.on_time, f.responses.late, f.responses.missing),
        ];
        if (level !== null) lines.push(s.planLevel(level));
        return { intent: "success", text: `${gc.report.made(out.sheetName)} ${lines.join("; ")}.` };
      });
      onWritten(out.sheetName);
    });

  const makeComposition = (): Promise<void> =>
    run("composition", async () => {
      if (check === null) return;
      const sheet = await writeComposition(port, check, lang);
      notify("composition", (_: PaneCatalog, gc: GroupPaneCatalog) => ({
        intent: "success",
        text: gc.composition.made(sheet),
      }));
      onWritten(sheet);
    });

  const chosenAct = acts.find((a) => a.no === actNo);
  const idle = running === null && check !== null;
  const needPlanFile = plan === "file" && planFile?.ok !== true;
  return (
    <>
      <Section title={g.act.heading} testId="group-act-section">
        {check === null ? (
          <Caption1 className={styles.note}>{g.act.needCheck}</Caption1>
        ) : acts.length === 0 ? (
          <Caption1 className={styles.note}>{g.act.noActs}</Caption1>
        ) : (
          <>
            <Field className={styles.field} label={g.act.pick}>
              <Select
                value={actNo}
                onChange={(_, d) => setActNo(d.value)}
                className={styles.select}
                data-testid="group-act"
              >
                {acts.map((a) => (
                  <option key={`${a.row}`} value={a.no}>
                    {g.act.option(a.no, a.date === null ? "" : formatDmy(a.date), a.object)}
                  </option>
                ))}
              </Select>
            </Field>
            {chosenAct !== undefined && (
              <Caption1 className={styles.note} data-testid="group-act-due">
                {g.act.due(
                  `${core.report.answerNames[chosenAct.response]}${chosenAct.responseDue === null ? "" : ` (${formatDmy(chosenAct.responseDue)})`}`,
                  `${core.report.answerNames[chosenAct.council]}${chosenAct.councilDue === null ? "" : ` (${formatDmy(chosenAct.councilDue)})`}`
                )}
              </Caption1>
            )}
            <div className={styles.row}>
              <Button
                appearance="primary"
                onClick={() => void makeAct()}
                disabled={!idle || actNo === ""}
                data-testid="group-make-act"
              >
                {g.act.make}
              </Button>
            </div>
          </>
        )}
        <LiveNotice notice={show("act")} testId="group-act-notice" />
      </Section>

      <Section title={g.report.heading} testId="group-report-section">
        {check === null ? (
          <Caption1 className={styles.note}>{g.act.needCheck}</Caption1>
        ) : (
          <>
            <Field className={styles.field} label={g.report.period}>
              <Select
                value={periodCode}
                onChange={(_, d) => setPeriodCode(d.value)}
                className={styles.select}
                data-testid="group-period"
              >
                {periods.map((p) => (
                  <option key={p.code} value={p.code}>
                    {periodWords(p, lang)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field className={styles.field} label={g.report.plan}>
              <Select
                value={plan}
                onChange={(_, d) => setPlan(d.value)}
                className={styles.select}
                data-testid="group-plan"
              >
                <option value="">{g.report.planNone}</option>
                {plans.map((s) => (
                  <option key={s} value={`sheet:${s}`}>
                    {g.report.planSheet(s)}
                  </option>
                ))}
                <option value="file">{g.report.planFile}</option>
              </Select>
            </Field>
            <div
              className={plan === "file" ? drop.zoneClass : styles.hidden}
              {...drop.zoneProps}
              data-testid="group-plan-zone"
            >
              <input
                {...drop.inputProps}
                accept=".xlsx,.xlsm,.ods"
                data-testid="group-plan-input"
              />
              <Button size="small" onClick={drop.choose} disabled={running !== null}>
                {g.report.chooseFile}
              </Button>
              {planFile?.ok === true && (
                <Caption1 className={styles.note} data-testid="group-plan-file">
                  {g.report.fileChosen(planFile.name)}
                </Caption1>
              )}
            </div>
            <div className={styles.row}>
              <Button
                appearance="primary"
                onClick={() => void makeReport()}
                disabled={!idle || periodCode === "" || needPlanFile}
                data-testid="group-make-report"
              >
                {g.report.make}
              </Button>
            </div>
          </>
        )}
        <LiveNotice notice={show("report")} testId="group-report-notice" />
      </Section>

      <Section title={g.composition.heading} testId="group-composition-section">
        <Caption1 className={styles.note}>{g.composition.intro}</Caption1>
        <div className={styles.row}>
          <Button
            onClick={() => void makeComposition()}
            disabled={!idle}
            data-testid="group-make-composition"
          >
            {g.composition.make}
          </Button>
        </div>
        <LiveNotice notice={show("composition")} testId="group-composition-notice" />
      </Section>
    </>
  );
}
