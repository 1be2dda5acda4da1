/**
 * The pane's views as tabs: the official's report (Table 1 → Annex 2), the coordinator's
 * consolidation and, when given, the local monitoring group's view (src/taskpane/group). A view
 * other than the report is mounted the first time it is shown (so opening the pane reads nothing
 * more than before), and each stays mounted afterwards so none loses its state.
 */
import * as React from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useGroupT } from "./group/i18n";
import { useT } from "./i18n";

type View = "report" | "consolidate" | "group";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  // A class's `display` would win over the `hidden` attribute: hidden panels get none at all.
  hidden: { display: "none" },
  tabs: { flexWrap: "wrap" },
});

export interface PaneProps {
  readonly report: React.ReactNode;
  readonly consolidate: () => React.ReactNode;
  readonly group?: () => React.ReactNode;
}

export function Pane({ report, consolidate, group }: PaneProps): React.ReactElement {
  const t = useT();
  const g = useGroupT();
  const styles = useStyles();
  const [view, setView] = React.useState<View>("report");
  const [opened, setOpened] = React.useState<ReadonlySet<View>>(new Set());
  const select = (next: View): void => {
    setView(next);
    setOpened((o) => new Set([...o, next]));
  };
  const panel = (v: View, content: React.ReactNode): React.ReactNode => (
    <div
      role="tabpanel"
      id={`pane-panel-${v}`}
      aria-labelledby={`pane-tab-${v}`}
      hidden={view !== v}
      className={view === v ? styles.panel : styles.hidden}
    >
      {content}
    </div>
  );
  return (
    <>
      <TabList
        className={styles.tabs}
        selectedValue={view}
        onTabSelect={(_, d) =>
          select(d.value === "consolidate" || d.value === "group" ? d.value : "report")
        }
        aria-label={t.tabs.label}
        data-testid="pane-tabs"
      >
        <Tab
          value="report"
          id="pane-tab-report"
          aria-controls="pane-panel-report"
          data-testid="tab-report"
        >
          {t.tabs.report}
        </Tab>
        <Tab
          value="consolidate"
          id="pane-tab-consolidate"
          aria-controls="pane-panel-consolidate"
          data-testid="tab-consolidate"
        >
          {t.tabs.consolidate}
        </Tab>
        {group !== undefined && (
          <Tab
            value="group"
            id="pane-tab-group"
            aria-controls="pane-panel-group"
            data-testid="tab-group"
          >
            {g.tab}
          </Tab>
        )}
      </TabList>
      {panel("report", report)}
      {panel("consolidate", opened.has("consolidate") && consolidate())}
      {group !== undefined && panel("group", opened.has("group") && group())}
    </>
  );
}
