import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Issue } from "../../core";
import { useT } from "../i18n";
import { groupIssues } from "../workflow";

/** Issues listed per group (and changes per kind); a plan of 334 items may have hundreds, the rest is counted. */
export const MAX_LISTED = 300;

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  button: {
    width: "100%",
    height: "auto",
    minHeight: "32px",
    justifyContent: "flex-start",
    textAlign: "start",
    whiteSpace: "normal",
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  plain: { display: "block", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  text: { display: "block", overflowWrap: "anywhere", minWidth: 0 },
  cell: {
    fontWeight: tokens.fontWeightSemibold,
    fontFamily: tokens.fontFamilyMonospace,
    marginInlineEnd: tokens.spacingHorizontalS,
  },
  place: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/**
 * What the list shows of an issue: a Table 1 issue, or a group workbook's (any code); a Table 1
 * issue also says which item and measure its row is (core `rowLabeller`).
 */
export type ListedIssue = Omit<Issue, "code"> & {
  readonly code: string;
  readonly item?: string | null;
  readonly measureStart?: string | null;
};

export interface IssueListProps<I extends ListedIssue> {
  readonly issues: readonly I[];
  /** When given, each issue is a button that selects its cell. */
  readonly onSelect?: (issue: I) => void;
}

export function IssueList<I extends ListedIssue>({
  issues,
  onSelect,
}: IssueListProps<I>): React.ReactElement | null {
  const t = useT();
  const styles = useStyles();
  const { errors, warnings } = groupIssues(issues);
  if (issues.length === 0) return null;
  const group = (value: "error" | "warning", title: string, list: readonly I[]): React.ReactNode =>
    list.length === 0 ? null : (
      <AccordionItem value={value}>
        <AccordionHeader as="h3" size="small">
          <span className={value === "error" ? styles.error : styles.warning}>{title}</span>
        </AccordionHeader>
        <AccordionPanel>
          <ul className={styles.list} data-testid={`issues-${value}`}>
            {list.slice(0, MAX_LISTED).map((issue, i) => {
              const place =
                issue.item != null || issue.measureStart != null
                  ? t.check.issuePlace(issue.item ?? null, issue.measureStart ?? null)
                  : null;
              const content = (
                <span className={styles.text}>
                  <span className={styles.cell}>{issue.cell}</span>
                  {place !== null && (
                    <span className={styles.place} data-testid="issue-place">
                      {place}
                    </span>
                  )}
                  {issue.message}
                </span>
              );
              return (
                <li
                  key={`${issue.cell}-${issue.code}-${i}`}
                  data-code={issue.code}
                  data-cell={issue.cell}
                  data-severity={issue.severity}
                >
                  {onSelect ? (
                    <Button
                      appearance="subtle"
                      className={styles.button}
                      title={t.check.goTo(issue.cell)}
                      onClick={() => onSelect(issue)}
                    >
                      {content}
                    </Button>
                  ) : (
                    <span className={styles.plain}>{content}</span>
                  )}
                </li>
              );
            })}
          </ul>
          {list.length > MAX_LISTED && (
            <Caption1>{t.check.more(list.length - MAX_LISTED)}</Caption1>
          )}
        </AccordionPanel>
      </AccordionItem>
    );
  return (
    <Accordion multiple collapsible defaultOpenItems={["error", "warning"]}>
      {group("error", t.check.errorsGroup(errors.length), errors)}
      {group("warning", t.check.warningsGroup(warnings.length), warnings)}
    </Accordion>
  );
}
