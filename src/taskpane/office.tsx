/**
 * The task pane inside Excel: wait for Office.js, build the Office port, load the workbook's
 * settings, render the pane and register the ribbon command. Opened anywhere else (a plain browser,
 * Office.js unreachable), it says so instead of failing. The port factory comes from the Office
 * adapter (`excel/officeWorkbook.ts`), the only code that calls `Excel.run`.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import { App } from "./App";
import { INSERT_TABLE1_ACTION } from "./commands";
import { OutsideExcel } from "./components/OutsideExcel";
import { ConsolidateView } from "./consolidate/ConsolidateView";
import { Pane } from "./Pane";
import { Shell } from "./components/Shell";
import { langFromTag, resolveLang } from "./i18n";
import type { WorkbookPort } from "./port";
import { SettingsStore } from "./settings";
import { insertTemplate } from "./workflow";

function browserLanguage(): string {
  return typeof navigator === "undefined" ? "" : navigator.language;
}

function renderOutside(root: Root): void {
  root.render(<Shell initialLang={langFromTag(browserLanguage())}>{() => <OutsideExcel />}</Shell>);
}

/** Events from outside the pane (the ribbon command) that the pane shows. */
export class PaneEvents extends EventTarget {
  changed(): void {
    this.dispatchEvent(new Event("changed"));
  }
  failed(message: string): void {
    this.dispatchEvent(new CustomEvent<string>("failed", { detail: message }));
  }
}

async function startPane(root: Root, port: WorkbookPort, store: SettingsStore, events: PaneEvents): Promise<void> {
  try {
    await store.load();
  } catch {
    // Unreadable settings: start with empty ones, the pane still works.
  }
  const initialLang = resolveLang(store.get().lang, Office.context.displayLanguage);
  root.render(
    <Shell initialLang={initialLang} onLangChange={(lang) => void store.update({ lang }).catch(() => undefined)}>
      {(lang) => (
        <Pane
          report={<App port={port} store={store} lang={lang} features={{ selectCell: true, settingsPlace: "workbook" }} events={events} />}
          consolidate={() => <ConsolidateView port={port} lang={lang} workbookSheets />}
        />
      )}
    </Shell>,
  );
}

/** Boot the pane with the Office adapter's port factory. */
export function bootOffice(createPort: () => WorkbookPort): void {
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
    const port = createPort();
    const store = new SettingsStore(port);
    const events = new PaneEvents();
    // Shared runtime: the ribbon button runs here, in the pane's page, even while the pane is closed.
    if (typeof Office.actions?.associate === "function") {
      Office.actions.associate(INSERT_TABLE1_ACTION, (event: Office.AddinCommands.Event) => {
        const lang = resolveLang(store.get().lang, Office.context.displayLanguage);
        insertTemplate(port, lang)
          .then(() => events.changed())
          .catch((e: unknown) => events.failed(e instanceof Error ? e.message : String(e)))
          .finally(() => event.completed());
      });
    }
    void startPane(root, port, store, events);
  });
}
