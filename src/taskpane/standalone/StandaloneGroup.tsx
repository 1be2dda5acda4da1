/**
 * The "Local monitoring" view on the standalone page: open the group's workbook (read in this page
 * only), check it and make its act, report and composition sheets with the pane's view, then
 * download the user's own package with those sheets added (the copy writer keeps every other part);
 * or download a blank group workbook (core `buildGroupTemplate`, written with ExcelJS on demand).
 */
import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { GROUP_TEMPLATE_FILE, buildGroupTemplate } from "../../core";
import type { Lang } from "../../core";
import { BROWSER_IO } from "../../xlsx/browser";
import { readWorkbookBytes } from "../../xlsx/read";
import { LiveNotice } from "../components/LiveNotice";
import type { Notice } from "../components/Section";
import { GroupView } from "../group/GroupView";
import { useGroupT } from "../group/i18n";
import { useT } from "../i18n";
import type { SettingsTarget } from "../settings";
import { downloadName, saveBytes } from "./download";
import type { FileWorkbook } from "./fileWorkbook";
import { createFileWorkbook, createNewWorkbook } from "./fileWorkbook";
import { FileOpener } from "./FileOpener";

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  blank: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
});

interface Opened {
  readonly name: string;
  readonly format: "ooxml" | "ods";
  readonly port: FileWorkbook;
  readonly id: number;
}

/** The suffix of the downloaded copy: `<name>-group.xlsx`. */
const COPY_SUFFIX = "group";

export function StandaloneGroup({
  lang,
  settingsTarget,
}: {
  readonly lang: Lang;
  readonly settingsTarget: SettingsTarget;
}): React.ReactElement {
  const t = useT();
  const g = useGroupT();
  const styles = useStyles();
  const [opening, setOpening] = React.useState<string | null>(null);
  const [opened, setOpened] = React.useState<Opened | null>(null);
  const [failed, setFailed] = React.useState<string | null>(null);

  const failure = (e: unknown): string => {
    const detail = e instanceof Error ? e.message : "";
    return t.app.failed(detail || t.app.unknownError);
  };

  const open = async (file: File): Promise<void> => {
    setOpening(file.name);
    setFailed(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const read = readWorkbookBytes(bytes, { fileName: file.name, lang }, BROWSER_IO);
      if (!read.ok) {
        setOpened(null);
        setFailed(read.fatal.message);
        return;
      }
      setOpened((prev) => ({
        name: file.name,
        format: read.book.format,
        port: createFileWorkbook(bytes, read.book, settingsTarget),
        id: (prev?.id ?? 0) + 1,
      }));
    } catch (e) {
      setFailed(failure(e));
    } finally {
      setOpening(null);
    }
  };

  const download = async (): Promise<void> => {
    if (opened === null) return;
    setFailed(null);
    if (opened.format === "ods") {
      setFailed(g.page.odsDownload);
      return;
    }
    try {
      saveBytes(await opened.port.toBytes(), downloadName(opened.name, COPY_SUFFIX));
    } catch (e) {
      setFailed(failure(e));
    }
  };

  const downloadBlank = async (): Promise<void> => {
    setFailed(null);
    try {
      const blank = createNewWorkbook(settingsTarget);
      for (const model of buildGroupTemplate(lang)) await blank.writeSheet(model);
      saveBytes(await blank.toBytes(), GROUP_TEMPLATE_FILE);
    } catch (e) {
      setFailed(failure(e));
    }
  };

  const notice: Notice = failed === null ? null : { intent: "error", text: failed };
  return (
    <>
      <Caption1 className={styles.note}>{g.page.intro}</Caption1>
      <FileOpener opening={opening} opened={opened?.name ?? null} onFile={(f) => void open(f)}>
        <LiveNotice notice={notice} testId="group-file-notice" />
      </FileOpener>
      <div className={styles.blank}>
        <Button onClick={() => void downloadBlank()} data-testid="group-blank-download">
          {g.page.blank}
        </Button>
        <Caption1 className={styles.note}>{g.page.blankNote(GROUP_TEMPLATE_FILE)}</Caption1>
      </div>
      {opened !== null && (
        <GroupView
          key={opened.id}
          port={opened.port}
          lang={lang}
          selectCell={false}
          insertBlank={false}
          extra={
            <div className={styles.blank}>
              <Button
                appearance="primary"
                onClick={() => void download()}
                data-testid="group-download"
              >
                {g.page.download}
              </Button>
              <Caption1 className={styles.note}>
                {g.page.downloadNote(downloadName(opened.name, COPY_SUFFIX))}
              </Caption1>
            </div>
          }
        />
      )}
    </>
  );
}
