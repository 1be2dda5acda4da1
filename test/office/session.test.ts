/**
 * The pane's life in Excel without React (src/taskpane/officeSession.ts, commands.ts, ribbon.ts) on
 * the strict double: the ribbon's commands are associated at the top level, before the pane loads
 * (office-js #5176, #3378, #2744); a failure while the pane is closed opens it with the message;
 * nothing is read until the pane is visible; sheet events reread the list only when it is seen.
 */
import type { Lang } from "../../src/core";
import { OfficeWorkbook } from "../../src/taskpane/excel/officeWorkbook";
import { hostErrorCatalog } from "../../src/taskpane/excel/i18n";
import { startOfficeSession } from "../../src/taskpane/officeSession";
import type { AddinHost } from "../../src/taskpane/officeSession";
import { SettingsStore } from "../../src/taskpane/settings";
import { ExcelDouble } from "./excelDouble";
import { table1Rows } from "./fixtures";

type Handler = (event: { completed(): void }) => void;

/** Office as the shared runtime has it before `onReady`: `actions.associate` only. */
function officeGlobal(): { handlers: Map<string, Handler>; restore: () => void } {
  const g = globalThis as { Office?: unknown };
  const saved = g.Office;
  const handlers = new Map<string, Handler>();
  g.Office = { actions: { associate: (name: string, h: Handler) => handlers.set(name, h) } };
  return { handlers, restore: () => (g.Office = saved) };
}

class FakeAddin implements AddinHost {
  private handler: (visible: boolean) => void = () => undefined;
  opened = 0;
  constructor(readonly initiallyVisible: boolean) {}
  onVisibilityChanged(h: (visible: boolean) => void): void {
    this.handler = h;
  }
  async showPane(): Promise<void> {
    this.opened++;
    this.handler(true);
  }
  set visible(v: boolean) {
    this.handler(v);
  }
}

const tick = (ms = 20): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe("the ribbon's commands and the pane's session", () => {
  let double: ExcelDouble;
  afterEach(() => double?.uninstall());

  /** Load ribbon.ts and the session afresh (module state: the command runner). */
  function load(): {
    session: typeof import("../../src/taskpane/officeSession");
    handlers: Map<string, Handler>;
    restore: () => void;
  } {
    const office = officeGlobal();
    let session!: typeof import("../../src/taskpane/officeSession");
    jest.isolateModules(() => {
      // The first module of dist/taskpane.js: associating happens on load, before anything else.
      require("../../src/taskpane/ribbon");
      expect(office.handlers.has("insertTable1")).toBe(true);
      session =
        require("../../src/taskpane/officeSession") as typeof import("../../src/taskpane/officeSession");
    });
    return { session, ...office };
  }

  function start(
    s: typeof startOfficeSession,
    addin: AddinHost,
    onShow: () => void,
    options: ConstructorParameters<typeof ExcelDouble>[0] = {}
  ): void {
    double = new ExcelDouble(options).install();
    double.workbook.seedSheet("1-таблица", table1Rows(10));
    s({
      createPort: (lang: () => Lang) => new OfficeWorkbook({ lang }),
      createStore: (port) => new SettingsStore(port),
      displayLanguage: "ru-RU",
      host: addin,
      showPane: () => onShow(),
    });
  }

  test("a click before the pane's code is ready waits for it, then inserts the template and completes the event", async () => {
    const { session, handlers, restore } = load();
    try {
      let completed = false;
      handlers.get("insertTable1")!({ completed: () => (completed = true) });
      await tick();
      expect(completed).toBe(false);
      start(session.startOfficeSession, new FakeAddin(false), () => undefined);
      for (let i = 0; i < 50 && !completed; i++) await tick();
      expect(completed).toBe(true);
      expect(double.workbook.sheets.map((s) => s.name)).toHaveLength(2);
    } finally {
      restore();
    }
  });

  test("nothing is read while the pane is hidden; it renders when shown", async () => {
    const { session, restore } = load();
    try {
      const addin = new FakeAddin(false);
      let shown = 0;
      start(session.startOfficeSession, addin, () => shown++);
      await tick();
      expect(double.syncCount).toBe(0);
      expect(shown).toBe(0);
      addin.visible = true;
      expect(shown).toBe(1);
    } finally {
      restore();
    }
  });

  test("a command failing while the pane is closed opens the pane, and the pane then shows the message", async () => {
    const { session, handlers, restore } = load();
    try {
      const addin = new FakeAddin(false);
      let events: EventTarget | null = null;
      const s = session.startOfficeSession;
      double = new ExcelDouble({ generalExceptionAboveBytes: 600 }).install();
      double.workbook.seedSheet("1-таблица", table1Rows(10));
      const started = s({
        createPort: (lang) => new OfficeWorkbook({ lang }),
        createStore: (port) => new SettingsStore(port),
        displayLanguage: "ru-RU",
        host: addin,
        showPane: () => undefined,
      });
      events = started.events;
      jest.spyOn(console, "error").mockImplementation(() => undefined);
      let completed = false;
      handlers.get("insertTable1")!({ completed: () => (completed = true) });
      for (let i = 0; i < 50 && !completed; i++) await tick();
      expect(completed).toBe(true);
      expect(addin.opened).toBe(1);
      // The pane's App subscribes after it renders: the message was kept for it.
      const messages: string[] = [];
      events.addEventListener("failed", (e) => messages.push((e as CustomEvent<string>).detail));
      await tick();
      expect(messages).toEqual([hostErrorCatalog("ru").kinds.busy("GeneralException")]);
    } finally {
      restore();
      jest.restoreAllMocks();
    }
  });

  test("sheet events reread the pane's list while it is visible, and once when it is shown again", async () => {
    const { session, restore } = load();
    try {
      const addin = new FakeAddin(true);
      double = new ExcelDouble().install();
      double.workbook.seedSheet("1-таблица", table1Rows(5));
      const started = session.startOfficeSession({
        createPort: (lang) => new OfficeWorkbook({ lang }),
        createStore: (port) => new SettingsStore(port),
        displayLanguage: "en-US",
        host: addin,
        showPane: () => undefined,
      });
      let changed = 0;
      started.events.addEventListener("changed", () => changed++);
      await tick();
      double.workbook.addSheet("A");
      await tick();
      expect(changed).toBe(1);
      addin.visible = false;
      double.workbook.addSheet("B");
      double.workbook.addSheet("C");
      await tick();
      expect(changed).toBe(1);
      addin.visible = true;
      expect(changed).toBe(2);
    } finally {
      restore();
    }
  });
});
