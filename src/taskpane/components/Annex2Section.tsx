import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AnnexStep } from "../i18n";
import { useT } from "../i18n";
import { LiveNotice } from "./LiveNotice";
import type { Notice } from "./Section";
import { Section } from "./Section";

const STEPS: readonly AnnexStep[] = ["reading", "analysing", "writing"];

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground3 },
  extra: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
});

export interface Annex2SectionProps {
  readonly step: AnnexStep | null;
  readonly busy: boolean;
  readonly canRun: boolean;
  readonly notice: Notice;
  readonly onGenerate: () => void;
  /** Shown under the result (standalone page: the download). */
  readonly extra?: React.ReactNode;
}

export function Annex2Section(p: Annex2SectionProps): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  const index = p.step === null ? -1 : STEPS.indexOf(p.step);
  return (
    <Section title={t.annex2.heading} testId="annex2-section">
      <Button
        appearance="primary"
        onClick={p.onGenerate}
        disabled={p.busy || !p.canRun}
        data-testid="generate"
      >
        {t.annex2.generate}
      </Button>
      {p.step !== null && (
        <Field
          label={t.annex2.progressLabel}
          validationMessage={t.annex2.step[p.step]}
          validationState="none"
        >
          <ProgressBar value={(index + 1) / (STEPS.length + 1)} thickness="large" />
        </Field>
      )}
      <LiveNotice notice={p.notice} testId="annex2-notice" />
      {p.extra !== undefined && <div className={styles.extra}>{p.extra}</div>}
      <Caption1 className={styles.note}>{t.annex2.note}</Caption1>
    </Section>
  );
}
