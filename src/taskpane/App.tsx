/**
 * The task pane: pick Table 1, enter the report details, check, mark, add drop-downs, generate
 * Annex 2, compare with the previous report. It talks to the workbook only through the {@link WorkbookPort} it is given (Office.js in
 * Excel, an in-memory .xlsx on the standalone page) and to the core through `workflow`.
 */
import * as React from "react";
import type { Analysis, IsoDate, Issue, Lang, PlanBook } from "../core";
import { todayIso } from "../core";
import { Annex2Section } from "./components/Annex2Section";
import { CheckSection } from "./components/CheckSection";
import { CompareSection } from "./components/CompareSection";
import { ReportForm } from "./components/ReportForm";
import type { Notice } from "./components/Section";
import { SheetSection } from "./components/SheetSection";
import type { AnnexStep, ChangesPlace, PaneCatalog } from "./i18n";
import { useT } from "./i18n";
import type { PaneSettings, SheetInfo, WorkbookPort } from "./port";
import type { SettingsStore } from "./settings";
import type { CheckOutcome, Checked } from "./workflow";
import { PlanTable1Section } from "./plan/PlanTable1Section";
import type { PlanCreateOutcome } from "./plan/PlanTable1Section";
import { writePlanTable1 } from "./plan/workflow";
import {
  addDropdowns,
  checkTable,
  discoverSheets,
  generateAnnex2,
  groupIssues,
  initialSheet,
  insertTemplate,
  issueMarks,
  notXlsxExtension,
} from "./workflow";

export interface PaneFeatures {
  /** Issues are buttons that select their cell (Excel); in a file they are a plain list. */
  readonly selectCell: boolean;
  /** Where the report details are remembered, for the note under the form. */
  readonly settingsPlace: "workbook" | "browser";
  /** Offer "Create Table 1 from the plan" as a new sheet (Excel; the page makes a new workbook instead). */
  readonly planTable1?: boolean;
  /** Where highlights, drop-down lists and an inserted Table 1 go: the open workbook or the page's copy. */
  readonly changesGo: ChangesPlace;
}

export interface AppProps {
  readonly port: WorkbookPort;
  readonly store: SettingsStore;
  readonly lang: Lang;
  readonly features: PaneFeatures;
  readonly today?: () => IsoDate;
  /** Called after anything was written to the workbook. */
  readonly onWorkbookChanged?: () => void;
  /** Shown in the Annex 2 section once Annex 2 was generated (standalone page: the download). */
  readonly annexExtra?: React.ReactNode;
  /** Shown in the Table 1 section once a blank Table 1 was inserted (standalone page: the download). */
  readonly templateExtra?: React.ReactNode;
  /** The workbook's file name or URL where the host tells it (a .csv or .xls gets advice to save as .xlsx). */
  readonly fileName?: string | null;
  /**
   * Changes made outside the pane (the ribbon's "Insert Table 1"): `changed` rereads the sheets,
   * `failed` (a `CustomEvent<string>`) shows its message.
   */
  readonly events?: EventTarget;
}

/** A message kept as a function of the catalogue, so it follows a language switch. */
type NoticeFn = ((t: PaneCatalog) => Notice) | null;
type NoticeSlot = "general" | "sheet" | "check" | "tool" | "annex";
type Task = "discover" | "check" | "marks" | "dropdowns" | "annex" | "template";

const NO_NOTICES: Record<NoticeSlot, NoticeFn> = {
  general: null,
  sheet: null,
  check: null,
  tool: null,
  annex: null,
};

function errorText(e: unknown, t: PaneCatalog): string {
  const message = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  return t.app.failed(message.trim() === "" ? t.app.unknownError : message);
}

export function App({
  port,
  store,
  lang,
  features,
  today = () => todayIso(),
  onWorkbookChanged,
  annexExtra,
  templateExtra,
  fileName,
  events,
}: AppProps): React.ReactElement {
  const t = useT();
  const [settings, setSettings] = React.useState<PaneSettings>(() => store.get());
  const [sheets, setSheets] = React.useState<SheetInfo[] | null>(null);
  const [detected, setDetected] = React.useState<string | null>(null);
  const [sheet, setSheet] = React.useState("");
  const [busy, setBusy] = React.useState<Task | null>(null);
  const busyRef = React.useRef<Task | null>(null);
  const [checked, setChecked] = React.useState<Checked | null>(null);
  const [highlight, setHighlight] = React.useState(false);
  const [step, setStep] = React.useState<AnnexStep | null>(null);
  const [generated, setGenerated] = React.useState(false);
  /** Counts the Annex 2 writes: each leaves a new snapshot for "compare with the previous report". */
  const [annexWrites, setAnnexWrites] = React.useState(0);
  const [templateAdded, setTemplateAdded] = React.useState(false);
  const [notices, setNotices] = React.useState(NO_NOTICES);

  const notify = (slot: NoticeSlot, fn: NoticeFn): void =>
    setNotices((n) => ({ ...n, [slot]: fn }));
  const shown = (slot: NoticeSlot): Notice => notices[slot]?.(t) ?? null;

  /** One task at a time; a failure becomes a message in the section that started it. */
  const run = async (task: Task, slot: NoticeSlot, work: () => Promise<void>): Promise<void> => {
    if (busyRef.current !== null) return;
    busyRef.current = task;
    setBusy(task);
    try {
      await work();
    } catch (e) {
      notify(slot, (c) => ({ intent: "error", text: errorText(e, c) }));
    } finally {
      busyRef.current = null;
      setBusy(null);
    }
  };

  const discover = (selectNew?: string): Promise<void> =>
    run("discover", "sheet", async () => {
      const d = await discoverSheets(port);
      setSheets(d.sheets);
      setDetected(d.detected);
      setSheet((current) => {
        if (selectNew !== undefined && d.sheets.some((s) => s.name === selectNew)) return selectNew;
        if (current !== "" && d.sheets.some((s) => s.name === current)) return current;
        return initialSheet(d, store.get().sheet);
      });
    });

  React.useEffect(() => {
    void discover();
    // A new port is a new workbook; nothing else should rediscover on its own.
  }, [port]);

  React.useEffect(() => {
    if (events === undefined) return;
    const changed = (): void => void discover();
    const failed = (e: Event): void => {
      const detail = e instanceof CustomEvent && typeof e.detail === "string" ? e.detail : "";
      notify("general", (c) => ({ intent: "error", text: errorText(new Error(detail), c) }));
    };
    events.addEventListener("changed", changed);
    events.addEventListener("failed", failed);
    return () => {
      events.removeEventListener("changed", changed);
      events.removeEventListener("failed", failed);
    };
    // Subscribed again only for other events or another workbook, not for each render's new callbacks.
  }, [events, port]);

  /** Analyse the chosen sheet and show the result. */
  const analyse = async (): Promise<CheckOutcome> => {
    const out = await checkTable(port, sheet, settings, lang, today());
    if (!out.ok) {
      setChecked(null);
      notify("check", () => ({ intent: "error", text: out.message }));
      return out;
    }
    setChecked(out);
    const { errors, warnings } = groupIssues(out.analysis.issues);
    notify("check", (c) =>
      errors.length + warnings.length === 0
        ? { intent: "success", text: c.check.none }
        : {
            intent: errors.length > 0 ? "error" : "warning",
            text: c.check.counts(errors.length, warnings.length),
          }
    );
    return out;
  };

  const mark = async (analysis: Analysis): Promise<void> => {
    const marks = issueMarks(analysis.issues);
    await port.markCells(analysis.layout.sheet, marks);
    notify("tool", (c) => ({ intent: "info", text: c.check.highlighted(marks.length) }));
    onWorkbookChanged?.();
  };

  const onCheck = (): Promise<void> =>
    run("check", "check", async () => {
      notify("check", null);
      const out = await analyse();
      if (out.ok && highlight) await mark(out.analysis);
    });

  // Issue messages come from the core in the language of the check: check again after a switch.
  const checkedLang = React.useRef(lang);
  React.useEffect(() => {
    if (checkedLang.current === lang) return;
    checkedLang.current = lang;
    if (checked !== null) void onCheck();
    // Only a change of language checks again.
  }, [lang]);

  const onHighlight = (on: boolean): Promise<void> =>
    run("marks", "tool", async () => {
      setHighlight(on);
      if (!on) {
        await port.markCells(sheet, []);
        notify("tool", (c) => ({ intent: "info", text: c.check.unhighlighted }));
        onWorkbookChanged?.();
        return;
      }
      const out = checked !== null ? ({ ok: true, ...checked } as const) : await analyse();
      if (out.ok) await mark(out.analysis);
    });

  const onDropdowns = (): Promise<void> =>
    run("dropdowns", "tool", async () => {
      const out = checked !== null ? ({ ok: true, ...checked } as const) : await analyse();
      if (!out.ok) return;
      const columns = await addDropdowns(port, out.analysis, out.rowCount, lang);
      notify("tool", (c) => ({
        intent: "success",
        text: c.check.dropdownsDone(columns.join(", ")),
      }));
      onWorkbookChanged?.();
    });

  const onGenerate = (): Promise<void> =>
    run("annex", "annex", async () => {
      notify("annex", null);
      try {
        const out = await generateAnnex2(port, sheet, settings, lang, today(), setStep);
        if (!out.ok) {
          notify("annex", () => ({ intent: "error", text: out.message }));
          return;
        }
        setChecked(out);
        const errors = groupIssues(out.analysis.issues).errors.length;
        notify("annex", (c) => ({
          intent: errors > 0 ? "warning" : "success",
          text:
            errors > 0
              ? `${c.annex2.done(out.sheetName)} ${c.annex2.withErrors(errors)}`
              : c.annex2.done(out.sheetName),
        }));
        setGenerated(true);
        setAnnexWrites((n) => n + 1);
        onWorkbookChanged?.();
      } finally {
        setStep(null);
      }
    });

  const onInsertTemplate = async (): Promise<void> => {
    let inserted = "";
    await run("template", "sheet", async () => {
      inserted = await insertTemplate(port, lang);
      notify("sheet", (c) => ({ intent: "success", text: c.sheet.templateInserted(inserted) }));
      setTemplateAdded(true);
      onWorkbookChanged?.();
    });
    if (inserted !== "") await discover(detected === null ? inserted : undefined);
  };

  /** Table 1 from the plan as a new sheet; the body and the plan go into the settings the check and Annex 2 read. */
  const onPlanTable1 = async (book: PlanBook, body: string): Promise<PlanCreateOutcome> => {
    const save = async (patch: Partial<PaneSettings>): Promise<void> => {
      setSettings((s) => ({ ...s, ...patch }));
      await store.update(patch);
    };
    const out = await writePlanTable1(port, book, body, lang, save);
    if (!out.ok) return { ok: false, message: out.message };
    onWorkbookChanged?.();
    setChecked(null);
    setGenerated(false);
    await discover(out.sheet);
    // A rediscovery started by the sheet-added event may have run instead: the new Table 1 is the one to check.
    setSheet(out.sheet);
    return { ok: true, where: out.sheet, items: out.items, lead: out.lead };
  };

  const onSelect = (issue: Issue): void => {
    port
      .selectCell(issue.sheet, issue.row, issue.col)
      .catch((e: unknown) => notify("check", (c) => ({ intent: "error", text: errorText(e, c) })));
  };

  const onSheetChange = (name: string): void => {
    // Highlights belong to the sheet they were made on: take them away when leaving it.
    if (highlight && sheet !== "") port.markCells(sheet, []).catch(() => undefined);
    setSheet(name);
    setChecked(null);
    setHighlight(false);
    setGenerated(false);
    setNotices((n) => ({ ...n, check: null, tool: null, annex: null }));
    void store
      .update({ sheet: name })
      .catch((e: unknown) =>
        notify("general", (c) => ({ intent: "error", text: errorText(e, c) }))
      );
  };

  const onCommit = (patch: Partial<PaneSettings>): void => {
    void store
      .update(patch)
      .catch((e: unknown) =>
        notify("general", (c) => ({ intent: "error", text: errorText(e, c) }))
      );
  };

  const isBusy = busy !== null;
  const canRun = sheets !== null && sheet !== "";
  return (
    <>
      <SheetSection
        sheets={sheets}
        sheet={sheet}
        detected={detected}
        busy={isBusy}
        notice={shown("sheet")}
        generalNotice={shown("general")}
        onSheetChange={onSheetChange}
        onRefresh={() => void discover()}
        onInsertTemplate={() => void onInsertTemplate()}
        changesGo={features.changesGo}
        notXlsx={fileName != null ? notXlsxExtension(fileName) : null}
        templateExtra={templateAdded ? templateExtra : undefined}
      />
      {features.planTable1 === true && (
        <PlanTable1Section lang={lang} busy={isBusy} create={onPlanTable1} />
      )}
      <ReportForm
        settings={settings}
        savedIn={features.settingsPlace}
        onChange={(patch) => setSettings((s) => ({ ...s, ...patch }))}
        onCommit={onCommit}
      />
      <CheckSection
        analysis={checked?.analysis ?? null}
        rowLabel={checked?.rowLabel ?? null}
        changesGo={features.changesGo}
        running={busy === "check"}
        busy={isBusy}
        canRun={canRun}
        notice={shown("check")}
        toolNotice={shown("tool")}
        highlight={highlight}
        onRun={() => void onCheck()}
        onSelect={features.selectCell ? onSelect : undefined}
        onHighlight={(on) => void onHighlight(on)}
        onDropdowns={() => void onDropdowns()}
      />
      <Annex2Section
        step={step}
        busy={isBusy}
        canRun={canRun}
        notice={shown("annex")}
        onGenerate={() => void onGenerate()}
        extra={generated ? annexExtra : undefined}
      />
      <CompareSection
        port={port}
        sheet={sheet}
        settings={settings}
        lang={lang}
        today={today}
        busy={isBusy}
        canRun={canRun}
        selectCell={features.selectCell}
        refreshKey={annexWrites}
      />
    </>
  );
}
