/**
 * The frame of every page: Fluent theme, the current language's catalogue, the page's `lang` and
 * title, and a header with the language switch. The language is chosen here and handed down.
 */
import * as React from "react";
import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../../core";
import { I18nContext, paneCatalog } from "../i18n";
import { PaneHeader } from "./PaneHeader";

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "720px",
    marginLeft: "auto",
    marginRight: "auto",
    boxSizing: "border-box",
    minWidth: 0,
  },
});

export interface ShellProps {
  readonly initialLang: Lang;
  /** Persist a language chosen by hand. */
  readonly onLangChange?: (lang: Lang) => void;
  /** Page title beside the app name (standalone page). */
  readonly title?: (lang: Lang) => string;
  readonly children: (lang: Lang) => React.ReactNode;
}

export function Shell({
  initialLang,
  onLangChange,
  title,
  children,
}: ShellProps): React.ReactElement {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const t = paneCatalog(lang);
  React.useEffect(() => {
    document.documentElement.lang = t.locale;
    document.title = title ? title(lang) : t.app.title;
  }, [lang, t, title]);
  const change = (next: Lang): void => {
    setLang(next);
    onLangChange?.(next);
  };
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider} dir="ltr">
      <I18nContext.Provider value={t}>
        <main className={styles.main}>
          <PaneHeader lang={lang} onLangChange={change} />
          {children(lang)}
        </main>
      </I18nContext.Provider>
    </FluentProvider>
  );
}
