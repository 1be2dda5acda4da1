/**
 * "Compare with the previous report": pick the previous report's file, or use the snapshot this
 * workbook keeps of its last Annex 2; the changes are listed by kind (reopened ones first, as
 * errors). In Excel a click selects the item's row in Table 1; on the page, where there is no
 * cursor to move, it shows that row with the changed cell. Reads and rules are in ../compare.ts
 * and the core; this component only shows them.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  changeLine,
  changeRowCells,
  changesByKind,
  compareCatalog,
  formatDmy,
  levelChangeText,
  levelText,
} from "../../core";
import type { Change, IsoDate, Lang, Snapshot } from "../../core";
import type { CompareOutcome } from "../compare";
import {
  changeRowBlock,
  compareWithPrevious,
  readPreviousFile,
  workbookSnapshot,
} from "../compare";
import { loadReader } from "../consolidate/loadReader";
import { paneCompareTexts } from "../i18n/compare";
import type { PaneSettings, WorkbookPort } from "../port";
import { MAX_LISTED } from "./IssueList";
import { LiveNotice } from "./LiveNotice";
import type { Notice } from "./Section";
import { Section } from "./Section";
import { useFileDrop } from "./useFileDrop";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  button: {
    width: "100%",
    height: "auto",
    minHeight: "32px",
    justifyContent: "flex-start",
    textAlign: "start",
    whiteSpace: "normal",
    fontWeight: tokens.fontWeightRegular,
  },
  plain: { display: "block", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  text: { display: "block", overflowWrap: "anywhere", minWidth: 0 },
  cell: {
    fontWeight: tokens.fontWeightSemibold,
    fontFamily: tokens.fontFamilyMonospace,
    marginInlineEnd: tokens.spacingHorizontalS,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  note: { color: tokens.colorNeutralForeground3 },
  shownBox: {
    margin: `0 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  shown: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    overflowWrap: "anywhere",
  },
  shownTitle: { fontWeight: tokens.fontWeightSemibold },
  header: { color: tokens.colorNeutralForeground3, margin: 0 },
  value: { margin: 0 },
  changed: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
});

export interface CompareSectionProps {
  readonly port: WorkbookPort;
  readonly sheet: string;
  readonly settings: PaneSettings;
  readonly lang: Lang;
  readonly today: () => IsoDate;
  /** Another task of the pane is running. */
  readonly busy: boolean;
  readonly canRun: boolean;
  /** Changes select the item's row (Excel); in a file they show it instead. */
  readonly selectCell: boolean;
  /** Changes when the workbook may have a new snapshot (Annex 2 written). */
  readonly refreshKey: number;
}

type Compared = Extract<CompareOutcome, { ok: true }> & {
  readonly previous: string | null;
  readonly id: number;
};

export function CompareSection(p: CompareSectionProps): React.ReactElement {
  const t = paneCompareTexts(p.lang);
  const words = compareCatalog(p.lang);
  const styles = useStyles();
  const [snapshot, setSnapshot] = React.useState<Snapshot | null>(null);
  const [running, setRunning] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice>(null);
  const [result, setResult] = React.useState<Compared | null>(null);
  const [shown, setShown] = React.useState<Change | null>(null);

  React.useEffect(() => {
    let live = true;
    workbookSnapshot(p.port).then(
      (s) => live && setSnapshot(s),
      () => live && setSnapshot(null)
    );
    return () => {
      live = false;
    };
  }, [p.port, p.refreshKey]);

  const run = async (work: () => Promise<void>): Promise<void> => {
    if (running) return;
    setRunning(true);
    setNotice(null);
    setShown(null);
    try {
      await work();
    } catch (e) {
      setNotice({
        intent: "error",
        text: e instanceof Error && e.message !== "" ? e.message : String(e),
      });
    } finally {
      setRunning(false);
    }
  };

  const compare = async (
    previous: Parameters<typeof compareWithPrevious>[2],
    name: string | null
  ): Promise<void> => {
    const out = await compareWithPrevious(p.port, p.sheet, previous, p.settings, p.lang, p.today());
    if (!out.ok) {
      setResult(null);
      setNotice({ intent: "error", text: out.message });
      return;
    }
    // Each result starts with the default groups open (a new id mounts a new accordion).
    setResult((r) => ({ ...out, previous: name, id: (r?.id ?? 0) + 1 }));
    const errors = out.comparison.changes.filter((c) => c.severity === "error").length;
    setNotice(
      errors > 0
        ? {
            intent: "error",
            text: `${words.kindNames.reopened} — ${errors}. ${words.kindHints.reopened ?? ""}`,
          }
        : out.comparison.changes.length === 0
          ? { intent: "success", text: words.noChanges }
          : null
    );
  };

  const onFiles = (files: readonly File[]): void =>
    void run(async () => {
      const reader = await loadReader();
      const file = await readPreviousFile(
        {
          name: files[0].name,
          size: files[0].size,
          bytes: async () => new Uint8Array(await files[0].arrayBuffer()),
        },
        reader,
        p.lang
      );
      if (!file.ok) {
        setResult(null);
        setNotice({ intent: "error", text: file.message });
        return;
      }
      await compare(file.source, file.name);
    });
  const drop = useFileDrop(onFiles, p.busy || running);

  const onChange = (c: Change): void => {
    if (result === null) return;
    if (!p.selectCell) {
      setShown((s) => (s === c ? null : c));
      return;
    }
    const block = changeRowBlock(result.table.layout, c);
    if (block === null) return;
    p.port
      .selectRange(result.table.layout.sheet, block)
      .catch((e: unknown) =>
        setNotice({ intent: "error", text: e instanceof Error ? e.message : String(e) })
      );
  };

  const disabled = p.busy || running || !p.canRun;
  const c = result?.comparison ?? null;
  return (
    <Section title={t.heading} testId="compare-section">
      <Body1>{t.intro}</Body1>
      <input {...drop.inputProps} accept=".xlsx,.xlsm,.ods" data-testid="compare-file-input" />
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={drop.choose}
          disabled={disabled}
          data-testid="compare-choose"
        >
          {t.chooseFile}
        </Button>
        <Button
          onClick={() => void run(() => compare("snapshot", null))}
          disabled={disabled || snapshot === null}
          data-testid="compare-snapshot"
        >
          {t.useSnapshot}
        </Button>
      </div>
      <Caption1 className={styles.note} data-testid="compare-snapshot-note">
        {snapshot !== null ? t.snapshotAt(formatDmy(snapshot.asOf)) : t.noSnapshot}
      </Caption1>
      {running && <Caption1>{t.running}</Caption1>}
      <LiveNotice notice={notice} testId="compare-notice" />
      {result !== null && c !== null && (
        <div className={styles.result} data-testid="compare-result">
          {result.previous !== null && <Caption1>{t.previousFile(result.previous)}</Caption1>}
          <Body1>{words.title(formatDmy(c.previous.asOf), formatDmy(c.current.asOf))}</Body1>
          <Body1 data-testid="compare-levels">
            {words.levels(
              levelText(c.previous.summary.executionLevel, p.lang),
              levelText(c.current.summary.executionLevel, p.lang),
              levelChangeText(c.levelChange, p.lang)
            )}
          </Body1>
          <Accordion
            key={result.id}
            multiple
            collapsible
            defaultOpenItems={["reopened", "completed", "became-overdue"]}
          >
            {changesByKind(c.changes).map((g) => (
              <AccordionItem key={g.kind} value={g.kind}>
                <AccordionHeader as="h3" size="small">
                  <span
                    className={g.kind === "reopened" ? styles.error : undefined}
                  >{`${words.kindNames[g.kind]} (${g.changes.length})`}</span>
                </AccordionHeader>
                <AccordionPanel>
                  {words.kindHints[g.kind] !== undefined && (
                    <Caption1 className={styles.error}>{words.kindHints[g.kind]}</Caption1>
                  )}
                  <ul className={styles.list} data-testid={`compare-${g.kind}`}>
                    {g.changes.slice(0, MAX_LISTED).map((ch, i) => {
                      const content = (
                        <span
                          className={
                            ch.severity === "error" ? `${styles.text} ${styles.error}` : styles.text
                          }
                        >
                          {ch.cell !== null && <span className={styles.cell}>{ch.cell}</span>}
                          {changeLine(ch, p.lang)}
                        </span>
                      );
                      const title =
                        ch.row === null
                          ? ""
                          : p.selectCell
                            ? t.selectRow(ch.row + 1)
                            : t.showCell(ch.cell ?? "");
                      return (
                        <li
                          key={`${g.kind}-${ch.item}-${i}`}
                          data-kind={ch.kind}
                          data-item={ch.item}
                          data-cell={ch.cell ?? ""}
                          data-severity={ch.severity}
                        >
                          {ch.row !== null ? (
                            <Button
                              appearance="subtle"
                              className={styles.button}
                              title={title}
                              aria-expanded={p.selectCell ? undefined : shown === ch}
                              onClick={() => onChange(ch)}
                            >
                              {content}
                            </Button>
                          ) : (
                            <span className={styles.plain}>{content}</span>
                          )}
                          {shown === ch && (
                            <RowShown
                              change={ch}
                              compared={result}
                              heading={t.rowHeading(result.table.layout.sheet, (ch.row ?? 0) + 1)}
                              styles={styles}
                            />
                          )}
                        </li>
                      );
                    })}
                  </ul>
                  {g.changes.length > MAX_LISTED && (
                    <Caption1>{t.more(g.changes.length - MAX_LISTED)}</Caption1>
                  )}
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </div>
      )}
    </Section>
  );
}

/** The item's row of Table 1 as the page shows it: each column's header and value, the changed cell marked. */
function RowShown({
  change,
  compared,
  heading,
  styles,
}: {
  readonly change: Change;
  readonly compared: Compared;
  readonly heading: string;
  readonly styles: ReturnType<typeof useStyles>;
}): React.ReactElement {
  const cells = changeRowCells(compared.table.grid, compared.table.layout, change);
  return (
    <div className={styles.shownBox} data-testid="compare-row">
      <Caption1 className={styles.shownTitle}>{heading}</Caption1>
      <dl className={styles.shown}>
        {cells.map((cell) => (
          <React.Fragment key={cell.cell}>
            <dt className={styles.header}>{`${cell.cell} · ${cell.header}`}</dt>
            <dd
              className={cell.changed ? `${styles.value} ${styles.changed}` : styles.value}
              data-cell={cell.cell}
              data-changed={cell.changed ? "true" : undefined}
            >
              {cell.text}
            </dd>
          </React.Fragment>
        ))}
      </dl>
    </div>
  );
}
