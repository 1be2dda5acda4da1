import * as React from "react";
import { Caption1, Select, Title3, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Lang } from "../../core";
import { LANGS } from "../../core";
import { LANGUAGE_NAMES, isLang, useT } from "../i18n";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  top: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  tagline: { color: tokens.colorNeutralForeground3 },
  lang: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export function PaneHeader({
  lang,
  onLangChange,
}: {
  readonly lang: Lang;
  readonly onLangChange: (lang: Lang) => void;
}): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  const id = useId("lang");
  return (
    <header className={styles.header}>
      <div className={styles.top}>
        <Title3 as="h1">{t.app.title}</Title3>
        <div className={styles.lang}>
          <label htmlFor={id} className={styles.label}>
            {t.app.language}
          </label>
          <Select
            id={id}
            size="small"
            value={lang}
            data-testid="language"
            onChange={(_, d) => {
              if (isLang(d.value)) onLangChange(d.value);
            }}
          >
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <Caption1 className={styles.tagline}>{t.app.tagline}</Caption1>
    </header>
  );
}
