import * as React from "react";
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Consolidation, PeriodFigures, PeriodLevels } from "../../core";
import { compareCatalog, coreCatalog, formatDmy } from "../../core";
import { useT } from "../i18n";
import { usePlanT } from "../plan/i18n";
import { formatLevel } from "../workflow";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: {
    textAlign: "start",
    captionSide: "top",
    paddingBottom: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground3,
  },
  th: {
    textAlign: "end",
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: "bottom",
  },
  thBody: { textAlign: "start" },
  td: {
    textAlign: "end",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontVariantNumeric: "tabular-nums",
    verticalAlign: "top",
    whiteSpace: "nowrap",
  },
  tdBody: {
    textAlign: "start",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    width: "100%",
    fontWeight: tokens.fontWeightRegular,
  },
  total: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  level: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { overflowWrap: "anywhere" },
  file: { fontWeight: tokens.fontWeightSemibold },
  problem: { color: tokens.colorPaletteRedForeground1 },
  note: { color: tokens.colorNeutralForeground3 },
  // Many periods scroll sideways inside the box instead of widening the pane.
  scroll: { overflowX: "auto", minWidth: 0 },
});

/** Per-body figures, the overall figure (from summed counts) and what the coordinator must chase. */
export function ConsolidationResults({
  result,
}: {
  readonly result: Consolidation;
}): React.ReactElement {
  const t = useT();
  const p = usePlanT();
  const styles = useStyles();
  const core = coreCatalog(result.lang);
  const plan = result.plan;
  const level = (v: number | null): string =>
    formatLevel(v, t.decimalMark) ?? t.consolidate.levelNone;
  const o = result.overall;
  return (
    <div className={styles.box} data-testid="consolidation-results">
      <h3 className={styles.heading}>{t.consolidate.bodiesHeading}</h3>
      <table className={styles.table} data-testid="consolidation-bodies">
        <caption className={styles.caption}>{t.figures.asOf(formatDmy(result.asOf))}</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.th, styles.thBody)}>
              {t.consolidate.bodyColumn}
            </th>
            <th scope="col" className={styles.th}>
              {t.consolidate.totalColumn}
            </th>
            <th scope="col" className={styles.th}>
              {t.consolidate.completedColumn}
            </th>
            <th scope="col" className={styles.th}>
              {t.consolidate.levelColumn}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.bodies.map((b) => (
            <tr key={`${b.body}\u0000${b.file}`} data-body={b.body}>
              <th scope="row" className={mergeClasses(styles.td, styles.tdBody)}>
                {b.body}
              </th>
              <td className={styles.td} data-figure="total">
                {b.total}
              </td>
              <td className={styles.td} data-figure="completed">
                {b.completed}
              </td>
              <td className={mergeClasses(styles.td, styles.level)} data-figure="level">
                {level(b.executionLevel)}
              </td>
            </tr>
          ))}
          <tr data-testid="consolidation-overall">
            <th scope="row" className={mergeClasses(styles.td, styles.tdBody, styles.total)}>
              {t.consolidate.overall}
            </th>
            <td className={mergeClasses(styles.td, styles.total)} data-figure="total">
              {o.total}
            </td>
            <td className={mergeClasses(styles.td, styles.total)} data-figure="completed">
              {o.completed}
            </td>
            <td className={mergeClasses(styles.td, styles.total, styles.level)} data-figure="level">
              {level(o.executionLevel)}
            </td>
          </tr>
        </tbody>
      </table>
      <Caption1 className={styles.note}>{t.consolidate.overallNote}</Caption1>
      {result.periods !== null && <PeriodsTable result={result} periods={result.periods} />}

      <ProblemList
        heading={t.consolidate.unreadableHeading(result.unreadable.length)}
        problem
        testId="consolidation-unreadable"
      >
        {result.unreadable.map((u) => (
          <li key={u.file} className={styles.item} data-file={u.file} data-code={u.code}>
            {u.message}
          </li>
        ))}
      </ProblemList>
      <ProblemList
        heading={t.consolidate.duplicatesHeading(result.duplicates.length)}
        testId="consolidation-duplicates"
      >
        {result.duplicates.map((d) => (
          <li key={`${d.body}\u0000${d.ignored}`} className={styles.item} data-body={d.body}>
            {core.consolidation.duplicateBody(d.body, d.used, d.ignored)}
          </li>
        ))}
      </ProblemList>
      <ProblemList
        heading={t.consolidate.missingHeading(result.missing.length)}
        problem
        testId="consolidation-missing"
      >
        {result.missing.map((m) => (
          <li key={m} className={styles.item}>
            {m}
          </li>
        ))}
      </ProblemList>
      {plan !== undefined && (
        <ProblemList
          heading={p.consolidate.leadNotReportedHeading(plan.leadNotReported.length)}
          problem
          testId="consolidation-lead-not-reported"
        >
          {plan.items
            .filter((i) => i.leadMissing)
            .map((i) => (
              <li key={i.no} className={styles.item} data-item={i.no}>
                {p.consolidate.leadNotReportedItem(i.no, i.executors[0]?.name ?? "")}
              </li>
            ))}
        </ProblemList>
      )}
      <ProblemList
        heading={t.consolidate.unexpectedHeading(result.unexpected.length)}
        testId="consolidation-unexpected"
      >
        {result.unexpected.map((m) => (
          <li key={m} className={styles.item}>
            {m}
          </li>
        ))}
      </ProblemList>
    </div>
  );
}

/** Over several periods: each body's level per period (its as-of date), the overall from summed counts. */
function PeriodsTable({
  result,
  periods,
}: {
  readonly result: Consolidation;
  readonly periods: PeriodLevels;
}): React.ReactElement {
  const t = useT();
  const words = compareCatalog(result.lang);
  const styles = useStyles();
  const level = (f: PeriodFigures | null): string =>
    f === null
      ? words.noReport
      : (formatLevel(f.executionLevel, t.decimalMark) ?? t.consolidate.levelNone);
  return (
    <>
      <h3 className={styles.heading}>{words.periodsTitle}</h3>
      <div className={styles.scroll}>
        <table className={styles.table} data-testid="consolidation-periods">
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(styles.th, styles.thBody)}>
                {words.periodsBodyHeader}
              </th>
              {periods.periods.map((p) => (
                <th key={p} scope="col" className={styles.th} data-period={p}>
                  {formatDmy(p)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {periods.bodies.map((b) => (
              <tr key={b.body} data-body={b.body}>
                <th scope="row" className={mergeClasses(styles.td, styles.tdBody)}>
                  {b.body}
                </th>
                {b.periods.map((f, i) => (
                  <td
                    key={periods.periods[i]}
                    className={styles.td}
                    data-period={periods.periods[i]}
                  >
                    {level(f)}
                  </td>
                ))}
              </tr>
            ))}
            <tr data-testid="consolidation-periods-overall">
              <th scope="row" className={mergeClasses(styles.td, styles.tdBody, styles.total)}>
                {words.periodsOverall}
              </th>
              {periods.overall.map((f, i) => (
                <td
                  key={periods.periods[i]}
                  className={mergeClasses(styles.td, styles.total, styles.level)}
                  data-period={periods.periods[i]}
                >
                  {level(f)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </>
  );
}

/** A headed list of what the coordinator must look into; nothing at all when the list is empty. `problem`: the heading in red. */
function ProblemList({
  heading,
  problem = false,
  testId,
  children,
}: {
  readonly heading: string;
  readonly problem?: boolean;
  readonly testId: string;
  readonly children: readonly React.ReactNode[];
}): React.ReactElement | null {
  const styles = useStyles();
  if (children.length === 0) return null;
  return (
    <>
      <h3 className={mergeClasses(styles.heading, problem && styles.problem)}>{heading}</h3>
      <ul className={styles.list} data-testid={testId}>
        {children}
      </ul>
    </>
  );
}
