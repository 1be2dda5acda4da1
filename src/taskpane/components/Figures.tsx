import * as React from "react";
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core";
import { formatDmy } from "../../core";
import { useT } from "../i18n";
import { formatLevel } from "../workflow";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { minWidth: 0, overflowWrap: "anywhere" },
  value: { margin: 0, textAlign: "end", fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  level: { fontSize: tokens.fontSizeBase400, color: tokens.colorBrandForeground1 },
});

/** The headline figures (SPEC "Figures") of the last check or generation. */
export function Figures({ analysis }: { readonly analysis: Analysis }): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  const s = analysis.summary;
  const level = formatLevel(s.executionLevel, t.decimalMark);
  const rows: readonly [string, string, string][] = [
    ["total", t.figures.total, String(s.total)],
    ["completed", t.figures.completed, String(s.completed)],
    ["on-time", t.figures.onTime, String(s.completedOnTime)],
    ["late", t.figures.late, String(s.completedLate)],
    ["in-progress", t.figures.inProgress, String(s.inProgress)],
  ];
  return (
    <div className={styles.box} data-testid="figures">
      <h3 className={styles.heading}>{t.figures.heading}</h3>
      <Caption1>{t.figures.asOf(formatDmy(analysis.asOf))}</Caption1>
      <dl className={styles.list}>
        {rows.map(([key, label, value]) => (
          <React.Fragment key={key}>
            <dt className={styles.term}>{label}</dt>
            <dd className={styles.value} data-figure={key}>
              {value}
            </dd>
          </React.Fragment>
        ))}
        <dt className={styles.term}>{t.figures.level}</dt>
        <dd className={mergeClasses(styles.value, styles.level)} data-figure="level">
          {level ?? t.figures.levelUndefined}
        </dd>
      </dl>
    </div>
  );
}
