/**
 * The pane's life inside Excel, apart from React: the ribbon's commands, the pane's visibility and
 * the workbook's sheet events, over one port (so the ribbon and the pane share its queue).
 *
 * - Nothing is read until the pane is visible (`Office.addin.onVisibilityModeChanged`, SharedRuntime
 *   1.1): the shared runtime also starts for a ribbon click or a custom function, with the pane
 *   closed, and reading every sheet then would slow Excel for nothing.
 * - A ribbon command that fails is shown, not lost: the message waits in {@link PaneEvents} until
 *   the pane listens, and the pane is opened (`Office.addin.showAsTaskpane`) to show it.
 * - Sheets added, renamed or deleted reread the pane's sheet list (port.onSheetsChanged); while the
 *   pane is hidden, once, when it is shown again.
 */
import type { Lang } from "../core";
import { INSERT_TABLE1_ACTION, provideRibbonRunner } from "./commands";
import type { RibbonAction } from "./commands";
import { resolveLang } from "./i18n";
import type { WorkbookPort } from "./port";
import type { SettingsStore } from "./settings";
import { insertTemplate } from "./workflow";

/** Events from outside the pane (the ribbon, the workbook) that the pane shows. */
export class PaneEvents extends EventTarget {
  private pendingFailure: string | null = null;

  changed(): void {
    this.dispatchEvent(new Event("changed"));
  }

  /** A failure reaches the pane's next "failed" listener if none is listening yet. */
  failed(message: string): void {
    if (this.failedListeners === 0) {
      this.pendingFailure = message;
      return;
    }
    this.dispatchEvent(new CustomEvent<string>("failed", { detail: message }));
  }

  private failedListeners = 0;

  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: AddEventListenerOptions | boolean
  ): void {
    super.addEventListener(type, listener, options);
    if (type !== "failed" || listener === null) return;
    this.failedListeners++;
    const pending = this.pendingFailure;
    if (pending === null) return;
    this.pendingFailure = null;
    // After the listener's own setup, as a real event would come.
    setTimeout(() => this.dispatchEvent(new CustomEvent<string>("failed", { detail: pending })), 0);
  }

  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: EventListenerOptions | boolean
  ): void {
    super.removeEventListener(type, listener, options);
    if (type === "failed" && listener !== null)
      this.failedListeners = Math.max(0, this.failedListeners - 1);
  }
}

/** What the session needs of Office (`Office.addin`, SharedRuntime 1.1), so a test can stand in for it. */
export interface AddinHost {
  /** The pane's visibility now (true where Office cannot tell). */
  readonly initiallyVisible: boolean;
  onVisibilityChanged(handler: (visible: boolean) => void): void;
  /** Open the pane (to show a message). */
  showPane(): Promise<void>;
}

/** `Office.addin` where the host has it; otherwise a pane that is always visible. */
export function officeAddinHost(): AddinHost {
  const addin =
    typeof Office === "undefined"
      ? undefined
      : (Office as { addin?: Partial<typeof Office.addin> }).addin;
  if (addin === undefined || typeof addin.onVisibilityModeChanged !== "function") {
    return {
      initiallyVisible: true,
      onVisibilityChanged: () => undefined,
      showPane: () => Promise.resolve(),
    };
  }
  return {
    // A runtime started by the ribbon or a function has no visible page; a pane opened by the user does.
    initiallyVisible: typeof document === "undefined" || document.visibilityState !== "hidden",
    onVisibilityChanged: (handler) => {
      void addin.onVisibilityModeChanged!((args) =>
        handler(args.visibilityMode === Office.VisibilityMode.taskpane)
      ).catch((e: unknown) => console.error("Atkaruu: no visibility events:", e));
    },
    showPane: () =>
      typeof addin.showAsTaskpane === "function" ? addin.showAsTaskpane() : Promise.resolve(),
  };
}

export interface OfficeSession {
  readonly events: PaneEvents;
  /** The language now: chosen by hand, else Office's display language. */
  lang(): Lang;
  setLang(lang: Lang): void;
  /** Settings loaded once (from the workbook), before the pane or a command uses them. */
  settingsLoaded(): Promise<void>;
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Wire the ribbon, the visibility and the sheet events. `showPane` is called once, the first time
 * the pane is visible (at once when it already is).
 */
export function startOfficeSession(options: {
  readonly createPort: (lang: () => Lang) => WorkbookPort;
  readonly createStore: (port: WorkbookPort) => SettingsStore;
  readonly displayLanguage: string;
  readonly host: AddinHost;
  readonly showPane: (session: OfficeSession, port: WorkbookPort, store: SettingsStore) => void;
}): OfficeSession {
  let lang: Lang = resolveLang("", options.displayLanguage);
  const port = options.createPort(() => lang);
  const store = options.createStore(port);
  const events = new PaneEvents();
  let loading: Promise<void> | null = null;
  const session: OfficeSession = {
    events,
    lang: () => lang,
    setLang: (l) => {
      lang = l;
    },
    settingsLoaded: () =>
      (loading ??= store.load().then(
        () => {
          lang = resolveLang(store.get().lang, options.displayLanguage);
        },
        // Unreadable settings: start with empty ones, the pane still works.
        () => undefined
      )),
  };

  let visible = options.host.initiallyVisible;
  let shown = false;
  let staleSheets = false;
  const show = (): void => {
    if (shown) return;
    shown = true;
    options.showPane(session, port, store);
    port.onSheetsChanged?.(() => {
      if (visible) events.changed();
      else staleSheets = true;
    });
  };
  options.host.onVisibilityChanged((v) => {
    visible = v;
    if (!v) return;
    show();
    if (staleSheets) {
      staleSheets = false;
      events.changed();
    }
  });
  if (visible) show();

  provideRibbonRunner(async (action: RibbonAction) => {
    if (action !== INSERT_TABLE1_ACTION) return;
    try {
      await session.settingsLoaded();
      await insertTemplate(port, lang);
      events.changed();
    } catch (e) {
      events.failed(errorMessage(e));
      if (!visible)
        await options.host
          .showPane()
          .catch((err: unknown) => console.error("Atkaruu: could not open the pane:", err));
    }
  });
  return session;
}
