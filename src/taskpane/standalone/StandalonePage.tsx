/**
 * The standalone page: the task pane's components on a file opened in the browser, for officials
 * whose Excel cannot load add-ins. Reading, checking, generating and saving all happen in this page.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang, PlanBook } from "../../core";
import { BROWSER_IO } from "../../xlsx/browser";
import { readWorkbookBytes } from "../../xlsx/read";
import { App } from "../App";
import { Pane } from "../Pane";
import { LiveNotice } from "../components/LiveNotice";
import type { Notice } from "../components/Section";
import { Shell } from "../components/Shell";
import type { PaneCatalog } from "../i18n";
import { paneCatalog, useT } from "../i18n";
import type { SettingsStore, SettingsTarget } from "../settings";
import { downloadName, saveBytes } from "./download";
import type { FileWorkbook } from "./fileWorkbook";
import { createFileWorkbook } from "./fileWorkbook";
import { FileOpener } from "./FileOpener";
import { StandaloneConsolidation } from "./StandaloneConsolidation";
import { StandaloneGroup } from "./StandaloneGroup";
import { PlanTable1Section } from "../plan/PlanTable1Section";
import type { PlanCreateOutcome } from "../plan/PlanTable1Section";
import { planTable1Download } from "../plan/download";
import { planSettings } from "../plan/workflow";

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  privacy: { whiteSpace: "normal" },
});

/** The suffix of the copy downloaded with a blank Table 1 added: `<name>-table1.xlsx`. */
const TEMPLATE_COPY = "table1";

interface Opened {
  readonly name: string;
  readonly format: "ooxml" | "ods";
  readonly port: FileWorkbook;
  readonly id: number;
}

export interface StandalonePageProps {
  readonly store: SettingsStore;
  /** Where the file port keeps settings (the same place the store saves to). */
  readonly settingsTarget: SettingsTarget;
  readonly initialLang: Lang;
}

export function StandalonePage({
  store,
  settingsTarget,
  initialLang,
}: StandalonePageProps): React.ReactElement {
  return (
    <Shell
      initialLang={initialLang}
      onLangChange={(lang) => void store.update({ lang }).catch(() => undefined)}
      title={(lang) => paneCatalog(lang).standalone.title}
    >
      {(lang) => <StandaloneBody lang={lang} store={store} settingsTarget={settingsTarget} />}
    </Shell>
  );
}

function StandaloneBody({
  lang,
  store,
  settingsTarget,
}: {
  readonly lang: Lang;
  readonly store: SettingsStore;
  readonly settingsTarget: SettingsTarget;
}): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  const [opening, setOpening] = React.useState<string | null>(null);
  const [opened, setOpened] = React.useState<Opened | null>(null);
  const [notice, setNotice] = React.useState<((c: PaneCatalog) => Notice) | null>(null);
  const fail = (text: (c: PaneCatalog) => string): void =>
    setNotice(() => (c: PaneCatalog): Notice => ({ intent: "error", text: text(c) }));

  const open = async (file: File): Promise<void> => {
    setOpening(file.name);
    setNotice(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const read = readWorkbookBytes(bytes, { fileName: file.name, lang }, BROWSER_IO);
      if (!read.ok) {
        const message = read.fatal.message;
        fail(() => message);
        // The file shown is the file worked on: after a failed open, none (not the previous one).
        setOpened(null);
        return;
      }
      // The body the tool stored in this workbook names it better than the last one typed here.
      if (read.book.storedBody !== null)
        await store.update({ body: read.book.storedBody }).catch(() => undefined);
      // The plan it stores (Table 1 made from a plan), else 444-р: never the plan of the file opened before.
      const plan = read.book.storedPlan;
      await store
        .update(
          plan !== null
            ? planSettings(plan, lang)
            : { planTitle: "", planAct: "", planYears: "", planItems: "" }
        )
        .catch(() => undefined);
      setOpened((prev) => ({
        name: file.name,
        format: read.book.format,
        port: createFileWorkbook(bytes, read.book, settingsTarget),
        id: (prev?.id ?? 0) + 1,
      }));
    } catch (e) {
      const detail = e instanceof Error ? e.message : "";
      fail((c) => c.app.failed(detail || c.app.unknownError));
      setOpened(null);
    } finally {
      setOpening(null);
    }
  };

  /** The copy with every change made so far, named for what it was made for (`-annex2`, `-table1`). */
  const download = async (what?: string): Promise<void> => {
    if (opened === null) return;
    if (opened.format === "ods") {
      fail((c) => c.standalone.odsDownload);
      return;
    }
    try {
      saveBytes(await opened.port.toBytes(), downloadName(opened.name, what));
    } catch (e) {
      const detail = e instanceof Error ? e.message : "";
      fail((c) => c.app.failed(detail || c.app.unknownError));
    }
  };

  /** Table 1 from the plan as a new workbook: downloaded, and opened here to go on with the check and Annex 2. */
  const createFromPlan = async (
    book: PlanBook,
    body: string,
    planFile: string
  ): Promise<PlanCreateOutcome> => {
    const made = await planTable1Download(book, body, lang, planFile);
    if (!made.ok) return { ok: false, message: made.message };
    saveBytes(made.bytes, made.fileName);
    await open(new File([new Uint8Array(made.bytes)], made.fileName, { lastModified: Date.now() }));
    return {
      ok: true,
      where: made.fileName,
      items: made.items,
      lead: made.lead,
      note: (p) => p.table1.downloadNote(made.fileName),
    };
  };

  const report = (
    <>
      <PlanTable1Section lang={lang} busy={opening !== null} create={createFromPlan} />
      <FileOpener opening={opening} opened={opened?.name ?? null} onFile={(f) => void open(f)}>
        <LiveNotice notice={notice?.(t) ?? null} testId="file-notice" />
      </FileOpener>
      {opened !== null && (
        <App
          key={opened.id}
          port={opened.port}
          store={store}
          lang={lang}
          features={{ selectCell: false, settingsPlace: "browser", changesGo: "copy" }}
          templateExtra={
            <>
              <Button
                appearance="primary"
                onClick={() => void download(TEMPLATE_COPY)}
                data-testid="template-download"
              >
                {t.standalone.templateDownload}
              </Button>
              <Caption1 className={styles.note}>
                {t.standalone.downloadNote(downloadName(opened.name, TEMPLATE_COPY))}
              </Caption1>
            </>
          }
          annexExtra={
            <>
              <Button appearance="primary" onClick={() => void download()} data-testid="download">
                {t.standalone.download}
              </Button>
              <Caption1 className={styles.note}>
                {t.standalone.downloadNote(downloadName(opened.name))}
              </Caption1>
            </>
          }
        />
      )}
    </>
  );

  return (
    <>
      <MessageBar intent="info" layout="multiline" data-testid="privacy">
        <MessageBarBody className={styles.privacy}>{t.standalone.privacy}</MessageBarBody>
      </MessageBar>
      <Pane
        report={report}
        consolidate={() => <StandaloneConsolidation lang={lang} settingsTarget={settingsTarget} />}
        group={() => <StandaloneGroup lang={lang} settingsTarget={settingsTarget} />}
      />
    </>
  );
}
