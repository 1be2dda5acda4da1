import * as React from "react";
import { MessageBar, MessageBarBody, makeStyles } from "@fluentui/react-components";
import type { Notice } from "./Section";

const useStyles = makeStyles({
  body: { overflowWrap: "anywhere", whiteSpace: "normal" },
});

/**
 * A result message in a live region that is always in the page, so screen readers announce each new
 * message (a region inserted together with its text is often not read).
 */
export function LiveNotice({
  notice,
  testId,
}: {
  readonly notice: Notice;
  readonly testId?: string;
}): React.ReactElement {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" data-testid={testId}>
      {notice !== null && (
        <MessageBar intent={notice.intent} layout="multiline" data-intent={notice.intent}>
          <MessageBarBody className={styles.body}>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
