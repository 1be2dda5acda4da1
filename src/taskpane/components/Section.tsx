import * as React from "react";
import { Subtitle2, makeStyles, tokens, useId } from "@fluentui/react-components";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
});

/** A titled part of the pane; the heading names the region for screen readers. */
export function Section({
  title,
  children,
  testId,
}: {
  readonly title: string;
  readonly children: React.ReactNode;
  readonly testId?: string;
}): React.ReactElement {
  const styles = useStyles();
  const id = useId("section");
  return (
    <section className={styles.section} aria-labelledby={id} data-testid={testId}>
      <Subtitle2 as="h2" id={id}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

export type Notice = {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly text: string;
} | null;
