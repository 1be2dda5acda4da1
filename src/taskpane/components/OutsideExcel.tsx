import * as React from "react";
import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from "@fluentui/react-components";
import { useT } from "../i18n";

const useStyles = makeStyles({ body: { whiteSpace: "normal" } });

/** Shown when taskpane.html is opened in a plain browser (or Office.js could not load). */
export function OutsideExcel(): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  return (
    <div role="status" data-testid="outside-excel">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{t.app.outsideTitle}</MessageBarTitle> {t.app.outsideBody}{" "}
          <Link href="standalone.html">{t.app.standaloneLink}</Link>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
