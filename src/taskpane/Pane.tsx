/**
 * The pane's two views as tabs: the official's report (Table 1 → Annex 2) and the coordinator's
 * consolidation. The consolidation view is mounted the first time it is shown (so opening the pane
 * reads nothing more than before), and both stay mounted afterwards so neither loses its state.
 */
import * as React from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "./i18n";

type View = "report" | "consolidate";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  // A class's `display` would win over the `hidden` attribute: hidden panels get none at all.
  hidden: { display: "none" },
  tabs: { flexWrap: "wrap" },
});

export interface PaneProps {
  readonly report: React.ReactNode;
  readonly consolidate: () => React.ReactNode;
}

export function Pane({ report, consolidate }: PaneProps): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  const [view, setView] = React.useState<View>("report");
  const [opened, setOpened] = React.useState(false);
  const select = (next: View): void => {
    setView(next);
    if (next === "consolidate") setOpened(true);
  };
  return (
    <>
      <TabList
        className={styles.tabs}
        selectedValue={view}
        onTabSelect={(_, d) => select(d.value === "consolidate" ? "consolidate" : "report")}
        aria-label={t.tabs.label}
        data-testid="pane-tabs"
      >
        <Tab value="report" id="pane-tab-report" aria-controls="pane-panel-report" data-testid="tab-report">
          {t.tabs.report}
        </Tab>
        <Tab value="consolidate" id="pane-tab-consolidate" aria-controls="pane-panel-consolidate" data-testid="tab-consolidate">
          {t.tabs.consolidate}
        </Tab>
      </TabList>
      <div role="tabpanel" id="pane-panel-report" aria-labelledby="pane-tab-report" hidden={view !== "report"} className={view === "report" ? styles.panel : styles.hidden}>
        {report}
      </div>
      <div role="tabpanel" id="pane-panel-consolidate" aria-labelledby="pane-tab-consolidate" hidden={view !== "consolidate"} className={view === "consolidate" ? styles.panel : styles.hidden}>
        {opened && consolidate()}
      </div>
    </>
  );
}
