/**
 * "Create Table 1 from the plan" (pane and page): pick the plan workbook, pick the body among the
 * executors found (with their full names and items), create. What "create" does is the host's: the
 * pane writes a new sheet through its port, the page downloads a new workbook (`create`).
 */
import * as React from "react";
import { Button, Caption1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, PlanBook } from "../../core";
import { LiveNotice } from "../components/LiveNotice";
import type { Notice } from "../components/Section";
import { Section } from "../components/Section";
import type { PaneCatalog } from "../i18n";
import { useT } from "../i18n";
import type { PlanPaneCatalog } from "./i18n";
import { planPaneCatalog, usePlanT } from "./i18n";
import { PlanFilePicker } from "./PlanFilePicker";
import type { PlanBookOutcome } from "./workflow";
import { bodyChoice } from "./workflow";

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // A long full name must not widen the pane.
  select: { minWidth: 0, maxWidth: "100%" },
});

/** What the host reports back: done (the sheet or file and the counts), or the core's sentence. */
export type PlanCreateOutcome =
  | {
      readonly ok: true;
      readonly where: string;
      readonly items: number;
      readonly lead: number;
      readonly note?: (p: PlanPaneCatalog) => string;
    }
  | { readonly ok: false; readonly message: string };

export interface PlanTable1SectionProps {
  readonly lang: Lang;
  /** Another task of the host runs: the button waits. */
  readonly busy?: boolean;
  /** `planFile`: the name of the plan workbook picked. */
  readonly create: (book: PlanBook, body: string, planFile: string) => Promise<PlanCreateOutcome>;
}

type NoticeFn = ((t: PaneCatalog, p: PlanPaneCatalog) => Notice) | null;

export function PlanTable1Section({
  lang,
  busy = false,
  create,
}: PlanTable1SectionProps): React.ReactElement {
  const t = useT();
  const p = usePlanT();
  const styles = useStyles();
  const [plan, setPlan] = React.useState<Extract<PlanBookOutcome, { ok: true }> | null>(null);
  const [body, setBody] = React.useState("");
  const [running, setRunning] = React.useState(false);
  const [notice, setNotice] = React.useState<NoticeFn>(null);

  const onPlan = (out: PlanBookOutcome | null): void => {
    setNotice(null);
    if (out === null || !out.ok) {
      setPlan(null);
      setBody("");
      if (out !== null) setNotice(() => (): Notice => ({ intent: "error", text: out.message }));
      return;
    }
    setPlan(out);
    setBody(out.bodies[0]?.name ?? "");
  };

  const run = async (): Promise<void> => {
    if (plan === null || body === "" || running) return;
    setRunning(true);
    setNotice(null);
    try {
      const out = await create(plan.book, body, plan.name);
      if (!out.ok) setNotice(() => (): Notice => ({ intent: "error", text: out.message }));
      else
        setNotice(() => (_: PaneCatalog, pc: PlanPaneCatalog): Notice => ({
          intent: "success",
          text: [pc.table1.created(out.where, out.items, out.lead), out.note?.(pc) ?? ""]
            .filter((x) => x !== "")
            .join(" "),
        }));
    } catch (e) {
      const message = e instanceof Error ? e.message : "";
      setNotice(() => (c: PaneCatalog): Notice => ({
        intent: "error",
        text: c.app.failed(message.trim() === "" ? c.app.unknownError : message),
      }));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Section title={p.table1.heading} testId="plan-table1-section">
      <Caption1 className={styles.note}>{p.table1.intro}</Caption1>
      <PlanFilePicker lang={lang} disabled={running} onPlan={onPlan} testId="plan-table1-file" />
      {plan !== null && (
        <Field label={p.table1.body} hint={p.table1.bodyHint}>
          <Select
            className={styles.select}
            value={body}
            onChange={(_, d) => setBody(d.value)}
            disabled={running}
            data-testid="plan-table1-body"
          >
            {plan.bodies.map((b) => (
              <option key={b.name} value={b.name}>
                {bodyChoice(b, p.table1.bodyItems)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={() => void run()}
          disabled={plan === null || body === "" || running || busy}
          data-testid="plan-table1-create"
        >
          {running ? p.table1.creating : p.table1.create}
        </Button>
      </div>
      <LiveNotice
        notice={notice?.(t, planPaneCatalog(t.lang)) ?? null}
        testId="plan-table1-notice"
      />
    </Section>
  );
}
