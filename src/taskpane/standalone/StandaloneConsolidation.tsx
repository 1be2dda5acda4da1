/**
 * Consolidation on the standalone page: the pane's consolidation view over a new, empty workbook
 * (ExcelJS, loaded when the download is made), downloaded when done. ExcelJS cannot write charts: the summary sheet's
 * data bars show the execution level instead, and the view says so.
 */
import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core";
import { ConsolidateView } from "../consolidate/ConsolidateView";
import { useT } from "../i18n";
import type { SettingsTarget } from "../settings";
import { consolidationName, saveBytes } from "./download";
import { createNewWorkbook } from "./fileWorkbook";

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export function StandaloneConsolidation({
  lang,
  settingsTarget,
}: {
  readonly lang: Lang;
  readonly settingsTarget: SettingsTarget;
}): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  const [port] = React.useState(() => createNewWorkbook(settingsTarget));
  const [name, setName] = React.useState<string | null>(null);
  const [failed, setFailed] = React.useState<string | null>(null);
  const download = async (): Promise<void> => {
    if (name === null) return;
    setFailed(null);
    try {
      saveBytes(await port.toBytes(), name);
    } catch (e) {
      const detail = e instanceof Error ? e.message : "";
      setFailed(t.app.failed(detail || t.app.unknownError));
    }
  };
  return (
    <ConsolidateView
      port={port}
      lang={lang}
      workbookSheets={false}
      onWritten={(_, result) => setName(consolidationName(result.asOf))}
      extra={
        name !== null && (
          <>
            <Button
              appearance="primary"
              onClick={() => void download()}
              data-testid="consolidate-download"
            >
              {t.consolidate.download}
            </Button>
            <Caption1 className={styles.note}>{t.consolidate.downloadNote(name)}</Caption1>
            {failed !== null && <Caption1 role="alert">{failed}</Caption1>}
          </>
        )
      }
    />
  );
}
