/**
 * The coordinator's view: pick the bodies' workbooks (or Table 1 sheets of the open workbook),
 * consolidate them with the core's rules and write the summary, item and issue sheets plus a chart.
 * It talks to the workbook through the {@link WorkbookPort} and to the files through the reader
 * bundle, which is loaded only once files are picked (`loadReader`).
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Consolidation, IsoDate, Lang, PlanBook } from "../../core";
import {
  compareCatalog,
  expectedBodiesFromSheets,
  expectedBodiesFromText,
  expectedListText,
  isIsoDate,
  planTexts,
  todayIso,
} from "../../core";
import { LiveNotice } from "../components/LiveNotice";
import type { Notice } from "../components/Section";
import { Section } from "../components/Section";
import { SheetOptions } from "../components/SheetOptions";
import { useFileDrop } from "../components/useFileDrop";
import type { PaneCatalog } from "../i18n";
import { paneCatalog, useT } from "../i18n";
import { paneCompareTexts } from "../i18n/compare";
import type { SheetInfo, WorkbookPort } from "../port";
import { planPaneCatalog, usePlanT } from "../plan/i18n";
import { PlanFilePicker } from "../plan/PlanFilePicker";
import { ConsolidationResults } from "./ConsolidationResults";
import { FilesPicker } from "./FilesPicker";
import { ReaderLoadError, loadReader } from "./loadReader";
import type { PickedFile, ReadProgress, Written } from "./workflow";
import {
  consolidateFiles,
  consolidateSheets,
  discoverBodySheets,
  expectedFromSheet,
  fileKey,
  writeConsolidation,
} from "./workflow";

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground3 },
  sheets: { display: "flex", flexDirection: "column", minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  extra: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
  label: { overflowWrap: "anywhere" },
});

type Source = "files" | "sheets";
type Phase =
  | { readonly kind: "loading" }
  | { readonly kind: "reading"; readonly progress: ReadProgress; readonly sheets: boolean }
  | { readonly kind: "writing" }
  | { readonly kind: "chart" };
type NoticeFn = ((t: PaneCatalog) => Notice) | null;

export interface ConsolidateViewProps {
  readonly port: WorkbookPort;
  readonly lang: Lang;
  /** Offer the Table 1 sheets of the open workbook as bodies (in Excel; not on the standalone page). */
  readonly workbookSheets: boolean;
  readonly today?: () => IsoDate;
  /** Called after the consolidation sheets were written. */
  readonly onWritten?: (written: Written, result: Consolidation) => void;
  /** Shown under the result once sheets were written (standalone page: the download). */
  readonly extra?: React.ReactNode;
}

/** A browser `File` as the workflow sees it. */
function picked(f: File): PickedFile {
  return {
    name: f.name,
    lastModified: f.lastModified,
    size: f.size,
    bytes: async () => new Uint8Array(await f.arrayBuffer()),
  };
}

function errorText(e: unknown, t: PaneCatalog): string {
  if (e instanceof ReaderLoadError) return t.consolidate.readerFailed;
  const message = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  return t.app.failed(message.trim() === "" ? t.app.unknownError : message);
}

export function ConsolidateView({
  port,
  lang,
  workbookSheets,
  today = () => todayIso(),
  onWritten,
  extra,
}: ConsolidateViewProps): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  const [source, setSource] = React.useState<Source>("files");
  const [files, setFiles] = React.useState<readonly PickedFile[]>([]);
  const [sheets, setSheets] = React.useState<readonly SheetInfo[] | null>(null);
  const [table1, setTable1] = React.useState<readonly string[]>([]);
  const [chosen, setChosen] = React.useState<ReadonlySet<string>>(new Set());
  const [asOf, setAsOf] = React.useState("");
  const [expectedSheet, setExpectedSheet] = React.useState("");
  const [plan, setPlan] = React.useState<PlanBook | null>(null);
  const p = usePlanT();
  // The page's expected list (no workbook to hold one): typed, pasted or read from a file, like `--expect`.
  const [expectedText, setExpectedText] = React.useState("");
  const expectedNames = React.useMemo(() => expectedBodiesFromText(expectedText), [expectedText]);
  const [phase, setPhase] = React.useState<Phase | null>(null);
  const busy = React.useRef(false);
  const [result, setResult] = React.useState<Consolidation | null>(null);
  const [written, setWritten] = React.useState<Written | null>(null);
  const [notice, setNotice] = React.useState<NoticeFn>(null);
  const [chartNotice, setChartNotice] = React.useState<NoticeFn>(null);

  const discover = React.useCallback(async (): Promise<void> => {
    try {
      const d = await discoverBodySheets(port);
      setSheets(d.sheets);
      setTable1(d.table1);
      setChosen(new Set(d.table1));
    } catch (e) {
      setNotice(() => (c: PaneCatalog): Notice => ({ intent: "error", text: errorText(e, c) }));
    }
  }, [port]);

  // The workbook's sheets are needed for the sheet source and the expected list: read them once, here.
  React.useEffect(() => {
    if (workbookSheets) void discover();
  }, [workbookSheets, discover]);

  const addFiles = (list: readonly File[]): void => {
    setFiles((prev) => {
      const seen = new Set(prev.map(fileKey));
      const next = [...prev];
      for (const f of list) {
        const p = picked(f);
        if (!seen.has(fileKey(p))) {
          seen.add(fileKey(p));
          next.push(p);
        }
      }
      return next;
    });
    // Start fetching the reader now, while the coordinator looks at the list; errors show on run.
    loadReader().catch(() => undefined);
  };

  const run = async (): Promise<void> => {
    if (busy.current) return;
    busy.current = true;
    setNotice(null);
    setChartNotice(null);
    setWritten(null);
    const date = isIsoDate(asOf) ? asOf : today();
    try {
      const expected = workbookSheets
        ? expectedSheet !== ""
          ? await expectedFromSheet(port, expectedSheet)
          : undefined
        : expectedNames.length > 0
          ? expectedNames
          : undefined;
      const options = { asOf: date, lang, expected, ...(plan !== null ? { plan } : {}) };
      let out: Consolidation;
      if (source === "files") {
        setPhase({ kind: "loading" });
        const reader = await loadReader();
        out = await consolidateFiles(files, reader, options, (progress) =>
          setPhase({ kind: "reading", progress, sheets: false })
        );
      } else {
        const names = (sheets ?? [])
          .map((s) => s.name)
          .filter((n) => chosen.has(n) && n !== expectedSheet);
        out = await consolidateSheets(port, names, options, (progress) =>
          setPhase({ kind: "reading", progress, sheets: true })
        );
      }
      setResult(out);
      if (out.bodies.length === 0) {
        setNotice(() => (c: PaneCatalog): Notice => ({
          intent: "error",
          text: c.consolidate.nothingUsable,
        }));
        return;
      }
      const done = await writeConsolidation(
        port,
        out,
        { title: paneCatalog(lang).consolidate.chartTitle },
        (step) => setPhase({ kind: step === "sheets" ? "writing" : "chart" })
      );
      setWritten(done);
      const problems = out.unreadable.length + out.missing.length;
      const [summary, items, issues] = done.sheets;
      // Found by name: the periods sheet may follow too.
      const completeness = done.sheets.find((n) => n === planTexts(lang).completenessSheet);
      setNotice(() => (c: PaneCatalog): Notice => ({
        intent: problems > 0 ? "warning" : "success",
        text:
          completeness !== undefined
            ? `${c.consolidate.done(summary, items, issues)} ${planPaneCatalog(c.lang).consolidate.completenessSheet(completeness)}`
            : c.consolidate.done(summary, items, issues),
      }));
      if (done.chart !== "none" || done.periodsChart !== "none") {
        setChartNotice(() => (c: PaneCatalog): Notice => {
          const bars =
            done.chart === "none"
              ? ""
              : done.chart === "added"
                ? c.consolidate.chartAdded
                : c.consolidate.chartUnsupported;
          const periodsSheet = compareCatalog(lang).periodsSheet;
          const lines =
            done.periodsChart === "none"
              ? ""
              : done.periodsChart === "added"
                ? paneCompareTexts(c.lang).periodsChartAdded(periodsSheet)
                : paneCompareTexts(c.lang).periodsDataBars(periodsSheet);
          return { intent: "info", text: [bars, lines].filter((x) => x !== "").join(" ") };
        });
      }
      onWritten?.(done, out);
    } catch (e) {
      setNotice(() => (c: PaneCatalog): Notice => ({ intent: "error", text: errorText(e, c) }));
    } finally {
      busy.current = false;
      setPhase(null);
    }
  };

  /** A list file: a workbook's first column (read with the reader bundle) or a text file, one body a line. */
  const readExpected = async (file: File): Promise<void> => {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let names: string[];
      if (/\.(xlsx|xlsm|ods|xls)$/i.test(file.name)) {
        const read = (await loadReader()).readWorkbookBytes(bytes, {
          lang,
          fileName: file.name,
          keep: "all",
        });
        if (!read.ok) {
          const detail = read.fatal.message;
          setNotice(() => (c: PaneCatalog): Notice => ({
            intent: "error",
            text: c.consolidate.expectedUnreadable(file.name, detail),
          }));
          return;
        }
        names = expectedBodiesFromSheets(read.sheets);
      } else names = expectedBodiesFromText(expectedListText(bytes));
      setNotice(null);
      setExpectedText(names.join("\n"));
    } catch (e) {
      setNotice(() => (c: PaneCatalog): Notice => ({ intent: "error", text: errorText(e, c) }));
    }
  };
  const listFile = useFileDrop((picked) => void readExpected(picked[0]), phase !== null);

  const isBusy = phase !== null;
  const selectedSheets = table1.filter((n) => chosen.has(n) && n !== expectedSheet);
  const canRun = !isBusy && (source === "files" ? files.length > 0 : selectedSheets.length > 0);
  const progressValue =
    phase === null
      ? 0
      : phase.kind === "loading"
        ? 0.05
        : phase.kind === "reading"
          ? 0.1 +
            0.7 * (phase.progress.total === 0 ? 1 : phase.progress.done / phase.progress.total)
          : phase.kind === "writing"
            ? 0.85
            : 0.95;
  const progressText =
    phase === null
      ? ""
      : phase.kind === "loading"
        ? t.consolidate.loadingReader
        : phase.kind === "reading"
          ? phase.sheets || phase.progress.current === null
            ? t.consolidate.readingSheets(phase.progress.total)
            : t.consolidate.reading(
                phase.progress.done,
                phase.progress.total,
                phase.progress.current
              )
          : phase.kind === "writing"
            ? t.consolidate.writing
            : t.consolidate.charting;

  return (
    <Section title={t.consolidate.heading} testId="consolidate-section">
      <Caption1 className={styles.note}>{t.consolidate.intro}</Caption1>
      {workbookSheets && (
        <Field label={t.consolidate.source}>
          <RadioGroup
            value={source}
            onChange={(_, d) => setSource(d.value === "sheets" ? "sheets" : "files")}
            disabled={isBusy}
            data-testid="consolidate-source"
          >
            <Radio
              value="files"
              label={t.consolidate.fromFiles}
              data-testid="consolidate-source-files"
            />
            <Radio
              value="sheets"
              label={t.consolidate.fromSheets}
              data-testid="consolidate-source-sheets"
            />
          </RadioGroup>
        </Field>
      )}
      {source === "files" ? (
        <>
          <FilesPicker
            names={files.map((f) => f.name)}
            disabled={isBusy}
            onFiles={addFiles}
            onClear={() => setFiles([])}
          />
          <Caption1 className={styles.note}>{t.consolidate.privacy}</Caption1>
        </>
      ) : (
        <Field
          label={t.consolidate.sheetsLabel}
          hint={
            sheets === null
              ? t.app.loading
              : table1.length === 0
                ? t.consolidate.noTableSheets
                : undefined
          }
        >
          <div className={styles.sheets} data-testid="consolidate-sheets">
            {table1.map((name) => (
              <Checkbox
                key={name}
                label={<span className={styles.label}>{name}</span>}
                checked={chosen.has(name) && name !== expectedSheet}
                disabled={isBusy || name === expectedSheet}
                data-sheet={name}
                onChange={(_, d) =>
                  setChosen((prev) => {
                    const next = new Set(prev);
                    if (d.checked === true) next.add(name);
                    else next.delete(name);
                    return next;
                  })
                }
              />
            ))}
          </div>
          <div className={styles.row}>
            <Button size="small" onClick={() => void discover()} disabled={isBusy}>
              {t.sheet.refresh}
            </Button>
          </div>
        </Field>
      )}
      <Field label={t.consolidate.asOf} hint={t.consolidate.asOfHint}>
        <Input
          type="date"
          value={asOf}
          onChange={(_, d) => setAsOf(d.value)}
          disabled={isBusy}
          data-testid="consolidate-as-of"
        />
      </Field>
      {workbookSheets && (
        <Field label={t.consolidate.expected} hint={t.consolidate.expectedHint}>
          <Select
            value={expectedSheet}
            onChange={(_, d) => setExpectedSheet(d.value)}
            disabled={isBusy || sheets === null}
            data-testid="consolidate-expected"
          >
            <option value="">{t.consolidate.expectedNone}</option>
            <SheetOptions sheets={sheets} />
          </Select>
        </Field>
      )}
      {!workbookSheets && (
        <Field label={t.consolidate.expectedList} hint={t.consolidate.expectedListHint}>
          <Textarea
            value={expectedText}
            onChange={(_, d) => setExpectedText(d.value)}
            disabled={isBusy}
            resize="vertical"
            rows={4}
            data-testid="consolidate-expected-list"
          />
        </Field>
      )}
      {!workbookSheets && (
        <div className={styles.row}>
          <input
            {...listFile.inputProps}
            accept=".txt,.csv,.xlsx,.xlsm,.ods,text/plain"
            data-testid="consolidate-expected-file"
          />
          <Button
            size="small"
            onClick={listFile.choose}
            disabled={isBusy}
            data-testid="consolidate-expected-choose"
          >
            {t.consolidate.expectedFile}
          </Button>
          {expectedNames.length > 0 && (
            <Caption1 data-testid="consolidate-expected-count">
              {t.consolidate.expectedCount(expectedNames.length)}
            </Caption1>
          )}
        </div>
      )}
      <Field label={p.consolidate.label} hint={p.consolidate.hint}>
        <PlanFilePicker
          lang={lang}
          disabled={isBusy}
          clearable
          testId="consolidate-plan"
          onPlan={(out) => {
            setPlan(out?.ok === true ? out.book : null);
            if (out !== null && !out.ok)
              setNotice(() => (): Notice => ({ intent: "error", text: out.message }));
            else setNotice(null);
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={() => void run()}
          disabled={!canRun}
          data-testid="consolidate-run"
        >
          {t.consolidate.run}
        </Button>
      </div>
      {phase !== null && (
        <Field
          label={t.consolidate.progressLabel}
          validationMessage={progressText}
          validationState="none"
        >
          <ProgressBar value={progressValue} thickness="large" data-testid="consolidate-progress" />
        </Field>
      )}
      <LiveNotice notice={notice?.(t) ?? null} testId="consolidate-notice" />
      <LiveNotice notice={chartNotice?.(t) ?? null} testId="consolidate-chart-notice" />
      {written !== null && extra !== undefined && <div className={styles.extra}>{extra}</div>}
      {result !== null && <ConsolidationResults result={result} />}
    </Section>
  );
}
