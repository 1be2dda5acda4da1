import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { GroupCheck } from "../../core";
import { formatDmy, groupCatalog } from "../../core";
import { useT } from "../i18n";
import { useGroupT } from "./i18n";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** The group's figures in the core's words (the lines `atkaruu group check` prints). */
export function GroupFigures({ check }: { readonly check: GroupCheck }): React.ReactElement {
  const g = useGroupT();
  const s = groupCatalog(useT().lang).summary;
  const styles = useStyles();
  const k = check.counts;
  const a = check.actCounts;
  const lines: readonly [string, string][] = [
    [
      "created",
      check.created !== null && check.termEnd !== null
        ? s.created(formatDmy(check.created), formatDmy(check.termEnd))
        : s.createdUnknown,
    ],
    ["members", s.members(k.total, k.municipal, k.deputies, k.citizens, k.women, k.men)],
    ["meetings", s.meetings(check.meetingCounts.held, check.meetingCounts.withQuorum)],
    ["acts", s.acts(a.total, a.responsesOnTime, a.responsesLate, a.responsesMissing)],
  ];
  return (
    <div className={styles.box} data-testid="group-figures">
      <h3 className={styles.heading}>{g.check.figures}</h3>
      <ul className={styles.list}>
        {lines.map(([key, text]) => (
          <li key={key} data-figure={key}>
            {text}
          </li>
        ))}
      </ul>
    </div>
  );
}
