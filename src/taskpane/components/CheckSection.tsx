import * as React from "react";
import { Button, Spinner, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis, Issue } from "../../core";
import { useT } from "../i18n";
import { Figures } from "./Figures";
import { IssueList } from "./IssueList";
import { LiveNotice } from "./LiveNotice";
import type { Notice } from "./Section";
import { Section } from "./Section";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  tools: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
});

export interface CheckSectionProps {
  readonly analysis: Analysis | null;
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

export function CheckSection(p: CheckSectionProps): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  return (
    <Section title={t.check.heading} testId="check-section">
      <div className={styles.row}>
        <Button appearance="primary" onClick={p.onRun} disabled={p.busy || !p.canRun} data-testid="check">
          {t.check.run}
        </Button>
        {p.running && <Spinner size="tiny" label={t.check.running} />}
      </div>
      <LiveNotice notice={p.notice} testId="check-notice" />
      {p.analysis !== null && <Figures analysis={p.analysis} />}
      {p.analysis !== null && <IssueList issues={p.analysis.issues} onSelect={p.onSelect} />}
      <div className={styles.tools}>
        <Switch
          checked={p.highlight}
          disabled={p.busy || !p.canRun}
          label={t.check.highlight}
          onChange={(_, d) => p.onHighlight(d.checked)}
          data-testid="highlight"
        />
        <Button onClick={p.onDropdowns} disabled={p.busy || !p.canRun} title={t.check.dropdownsHint} data-testid="dropdowns">
          {t.check.dropdowns}
        </Button>
      </div>
      <LiveNotice notice={p.toolNotice} testId="tool-notice" />
    </Section>
  );
}
