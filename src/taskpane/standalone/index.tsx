/** Entry of dist/standalone.js: settings from localStorage, language from them or the browser. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { resolveLang } from "../i18n";
import { SettingsStore } from "../settings";
import { localSettings } from "./localSettings";
import { StandalonePage } from "./StandalonePage";

async function main(): Promise<void> {
  const target = localSettings();
  const store = new SettingsStore(target);
  const settings = await store.load();
  const container = document.getElementById("root");
  if (container === null) return;
  createRoot(container).render(
    <StandalonePage
      store={store}
      settingsTarget={target}
      initialLang={resolveLang(settings.lang, navigator.language)}
    />
  );
}

void main();
