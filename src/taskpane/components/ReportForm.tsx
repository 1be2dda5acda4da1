import * as React from "react";
import { Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../i18n";
import type { PaneSettings } from "../port";
import { periodReversed } from "../workflow";
import { Section } from "./Section";

type FormKey = "body" | "periodFrom" | "periodTo" | "person" | "contacts";

const useStyles = makeStyles({
  period: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
  },
  periodField: { flexGrow: 1, flexBasis: "130px", minWidth: 0 },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface ReportFormProps {
  readonly settings: PaneSettings;
  readonly savedIn: "workbook" | "browser";
  /** Every keystroke (local state). */
  readonly onChange: (patch: Partial<PaneSettings>) => void;
  /** Leaving a field: remember its value. */
  readonly onCommit: (patch: Partial<PaneSettings>) => void;
}

export function ReportForm({
  settings,
  savedIn,
  onChange,
  onCommit,
}: ReportFormProps): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  const bind = (key: FormKey) => ({
    value: settings[key],
    onChange: (_: unknown, d: { value: string }) => onChange({ [key]: d.value }),
    onBlur: (e: React.FocusEvent<HTMLInputElement>) => onCommit({ [key]: e.currentTarget.value }),
    "data-testid": `field-${key}`,
  });
  const reversed = periodReversed(settings);
  return (
    <Section title={t.report.heading} testId="report-section">
      <Field label={t.report.body} hint={t.report.bodyHint}>
        <Input {...bind("body")} autoComplete="organization" />
      </Field>
      <div className={styles.period}>
        <Field className={styles.periodField} label={t.report.periodFrom}>
          <Input type="date" {...bind("periodFrom")} />
        </Field>
        <Field
          className={styles.periodField}
          label={t.report.periodTo}
          validationState={reversed ? "error" : "none"}
          validationMessage={reversed ? t.report.periodOrder : undefined}
        >
          <Input type="date" {...bind("periodTo")} />
        </Field>
      </div>
      <Caption1 className={styles.note}>{t.report.periodHint}</Caption1>
      <Field label={t.report.person}>
        <Input {...bind("person")} autoComplete="name" />
      </Field>
      <Field label={t.report.contacts}>
        <Input {...bind("contacts")} />
      </Field>
      <Caption1 className={styles.note}>
        {savedIn === "workbook" ? t.report.savedInWorkbook : t.report.savedInBrowser}
      </Caption1>
    </Section>
  );
}
