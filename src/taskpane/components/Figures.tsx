import * as React from "react";
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core";
import { formatDmy, uncompletedSplit } from "../../core";
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
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { minWidth: 0, overflowWrap: "anywhere" },
  value: {
    margin: 0,
    textAlign: "end",
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  level: { fontSize: tokens.fontSizeBase400, color: tokens.colorBrandForeground1 },
  sub: { paddingInlineStart: tokens.spacingHorizontalL },
  note: { color: tokens.colorNeutralForeground3 },
});

/**
 * The headline figures (SPEC "Figures") of the last check or generation. The measures not completed
 * are Annex 2's "in progress" (section III, as the form has it); here the block also says how many of
 * them are not completed (core `uncompletedSplit`), so "in progress" does not hide them.
 */
export function Figures({ analysis }: { readonly analysis: Analysis }): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  const s = analysis.summary;
  const level = formatLevel(s.executionLevel, t.decimalMark);
  const split = React.useMemo(() => uncompletedSplit(analysis.measures), [analysis]);
  const rows: readonly [string, string, string, boolean?][] = [
    ["total", t.figures.total, String(s.total)],
    ["completed", t.figures.completed, String(s.completed)],
    ["on-time", t.figures.onTime, String(s.completedOnTime)],
    ["late", t.figures.late, String(s.completedLate)],
    ["in-progress", t.figures.inProgress, String(s.inProgress)],
    ["not-completed", t.figures.notCompleted, String(split.notCompleted), true],
  ];
  return (
    <div className={styles.box} data-testid="figures">
      <h3 className={styles.heading}>{t.figures.heading}</h3>
      <Caption1>{t.figures.asOf(formatDmy(analysis.asOf))}</Caption1>
      <dl className={styles.list}>
        {rows.map(([key, label, value, sub]) => (
          <React.Fragment key={key}>
            <dt className={sub === true ? mergeClasses(styles.term, styles.sub) : styles.term}>
              {label}
            </dt>
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
      <Caption1 className={styles.note} data-testid="figures-note">
        {t.figures.sectionNote(s.inProgress)}
      </Caption1>
    </div>
  );
}
