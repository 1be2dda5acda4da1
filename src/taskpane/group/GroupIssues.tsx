import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { GroupIssue } from "../../core";
import { IssueList } from "../components/IssueList";
import { useGroupT } from "./i18n";

const useStyles = makeStyles({
  sheet: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
});

/** The group's issues sheet by sheet (a cell address means nothing without its sheet), in the order the check found them. */
export function GroupIssues({
  issues,
  onSelect,
}: {
  readonly issues: readonly GroupIssue[];
  readonly onSelect?: (issue: GroupIssue) => void;
}): React.ReactElement {
  const g = useGroupT();
  const styles = useStyles();
  const sheets = [...new Set(issues.map((i) => i.sheet))];
  return (
    <>
      {sheets.map((sheet) => (
        <div
          key={sheet}
          className={styles.sheet}
          data-testid="group-sheet-issues"
          data-sheet={sheet}
        >
          <h3 className={styles.heading}>{g.check.sheetIssues(sheet)}</h3>
          <IssueList issues={issues.filter((i) => i.sheet === sheet)} onSelect={onSelect} />
        </div>
      ))}
    </>
  );
}
