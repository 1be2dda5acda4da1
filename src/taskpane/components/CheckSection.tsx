import * as React from "react";
import { Button, Caption1, Spinner, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis, Issue, RowLabel } from "../../core";
import type { ChangesPlace } from "../i18n";
import { useT } from "../i18n";
import { Figures } from "./Figures";
import { IssueList } from "./IssueList";
import { LiveNotice } from "./LiveNotice";
import type { Notice } from "./Section";
import { Section } from "./Section";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  tools: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface CheckSectionProps {
  readonly analysis: Analysis | null;
  /** Item number and measure's first words of a row of the checked sheet. */
  readonly rowLabel: ((row: number) => RowLabel) | null;
  /** Where highlights and drop-down lists are made, as the tools say. */
  readonly changesGo: ChangesPlace;
  readonly running: boolean;
  readonly busy: boolean;
  readonly canRun: boolean;
  readonly notice: Notice;
  readonly toolNotice: Notice;
  readonly highlight: boolean;
  readonly onRun: () => void;
  readonly onSelect?: (issue: Issue) => void;
  readonly onHighlight: (on: boolean) => void;
  readonly onDropdowns: () => void;
}

type LabelledIssue = Issue & { readonly item: string | null; readonly measureStart: string | null };

/** Each issue with its row's item number and measure, for the list; the same objects' order kept. */
function labelled(
  issues: readonly Issue[],
  rowLabel: ((row: number) => RowLabel) | null
): Issue[] | LabelledIssue[] {
  if (rowLabel === null) return [...issues];
  return issues.map((i) => {
    const l = rowLabel(i.row);
    return { ...i, item: l.item, measureStart: l.measureStart };
  });
}

export function CheckSection(p: CheckSectionProps): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  const issues = React.useMemo(
    () => (p.analysis === null ? [] : labelled(p.analysis.issues, p.rowLabel)),
    [p.analysis, p.rowLabel]
  );
  return (
    <Section title={t.check.heading} testId="check-section">
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={p.onRun}
          disabled={p.busy || !p.canRun}
          data-testid="check"
        >
          {t.check.run}
        </Button>
        {p.running && <Spinner size="tiny" label={t.check.running} />}
      </div>
      <LiveNotice notice={p.notice} testId="check-notice" />
      {p.analysis !== null && <Figures analysis={p.analysis} />}
      {p.analysis !== null && <IssueList issues={issues} onSelect={p.onSelect} />}
      <div className={styles.tools}>
        <Switch
          checked={p.highlight}
          disabled={p.busy || !p.canRun}
          label={t.check.highlight[p.changesGo]}
          onChange={(_, d) => p.onHighlight(d.checked)}
          data-testid="highlight"
        />
        <Button
          onClick={p.onDropdowns}
          disabled={p.busy || !p.canRun}
          title={t.check.dropdownsHint[p.changesGo]}
          data-testid="dropdowns"
        >
          {t.check.dropdowns}
        </Button>
        <Caption1 className={styles.note} data-testid="tools-note">
          {t.check.toolsNote[p.changesGo]}
        </Caption1>
      </div>
      <LiveNotice notice={p.toolNotice} testId="tool-notice" />
    </Section>
  );
}
