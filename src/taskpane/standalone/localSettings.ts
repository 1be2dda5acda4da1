/** The standalone page remembers the report details in the browser's localStorage, validated with zod. */
import type { PaneSettings } from "../port";
import type { SettingsTarget } from "../settings";
import { parsePaneSettings } from "../settings";

export const SETTINGS_KEY = "atkaruu.settings.v1";

export function localSettings(storage: Storage | null = safeLocalStorage()): SettingsTarget {
  return {
    async loadSettings(): Promise<PaneSettings> {
      const raw = storage?.getItem(SETTINGS_KEY) ?? null;
      if (raw === null) return parsePaneSettings({});
      try {
        return parsePaneSettings(JSON.parse(raw));
      } catch {
        return parsePaneSettings({});
      }
    },
    async saveSettings(settings: PaneSettings): Promise<void> {
      storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
    },
  };
}

/** localStorage, or null where the browser refuses it (private mode, file:// in some browsers). */
function safeLocalStorage(): Storage | null {
  try {
    const s = window.localStorage;
    s.getItem(SETTINGS_KEY);
    return s;
  } catch {
    return null;
  }
}
