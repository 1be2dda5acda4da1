/**
 * The task pane inside Excel: wait for Office.js, then start the session (officeSession.ts: the
 * ribbon's commands, visibility, sheet events) on the Office adapter's port and render the pane
 * once it is visible. Opened anywhere else (a plain browser, Office.js unreachable), it says so
 * instead of failing. The ribbon's commands are registered before this module loads (ribbon.ts).
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import type { Lang } from "../core";
import { App } from "./App";
import { OutsideExcel } from "./components/OutsideExcel";
import { ConsolidateView } from "./consolidate/ConsolidateView";
import { GroupView } from "./group/GroupView";
import { Pane } from "./Pane";
import { Shell } from "./components/Shell";
import { langFromTag } from "./i18n";
import { officeAddinHost, startOfficeSession } from "./officeSession";
import type { OfficeSession } from "./officeSession";
import type { WorkbookPort } from "./port";
import { SettingsStore } from "./settings";

export { PaneEvents } from "./officeSession";

function browserLanguage(): string {
  return typeof navigator === "undefined" ? "" : navigator.language;
}

function renderOutside(root: Root): void {
  root.render(<Shell initialLang={langFromTag(browserLanguage())}>{() => <OutsideExcel />}</Shell>);
}

/**
 * The open workbook's URL or path (`Office.context.document.url`, Common API: "Gets the URL of the
 * document that the Office application currently has open. Returns null if the URL is unavailable",
 * https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-url-member),
 * so a .csv or .xls gets advice to save as .xlsx; null where the host does not tell.
 */
function documentUrl(): string | null {
  try {
    const url: unknown = Office.context.document?.url;
    return typeof url === "string" && url !== "" ? url : null;
  } catch {
    return null;
  }
}

async function renderPane(
  root: Root,
  session: OfficeSession,
  port: WorkbookPort,
  store: SettingsStore
): Promise<void> {
  await session.settingsLoaded();
  const onLangChange = (lang: Lang): void => {
    session.setLang(lang);
    void store.update({ lang }).catch(() => undefined);
  };
  root.render(
    <Shell initialLang={session.lang()} onLangChange={onLangChange}>
      {(lang) => (
        <Pane
          report={
            <App
              port={port}
              store={store}
              lang={lang}
              features={{
                selectCell: true,
                settingsPlace: "workbook",
                planTable1: true,
                changesGo: "workbook",
              }}
              fileName={documentUrl()}
              events={session.events}
            />
          }
          consolidate={() => <ConsolidateView port={port} lang={lang} workbookSheets />}
          group={() => <GroupView port={port} lang={lang} selectCell insertBlank />}
        />
      )}
    </Shell>
  );
}

/** Boot the pane with the Office adapter's port factory (given the language of its messages). */
export function bootOffice(createPort: (lang: () => Lang) => WorkbookPort): void {
  const container = document.getElementById("root");
  if (container === null) return;
  const root = createRoot(container);
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    renderOutside(root);
    return;
  }
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      renderOutside(root);
      return;
    }
    startOfficeSession({
      createPort,
      createStore: (port) => new SettingsStore(port),
      displayLanguage: Office.context.displayLanguage,
      host: officeAddinHost(),
      showPane: (session, port, store) => void renderPane(root, session, port, store),
    });
  });
}
