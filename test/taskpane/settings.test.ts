/** Settings: validated at the boundary, saved in order by one store. */
import { EMPTY_SETTINGS } from "../../src/taskpane/port";
import type { PaneSettings } from "../../src/taskpane/port";
import { SettingsStore, parsePaneSettings } from "../../src/taskpane/settings";
import { SETTINGS_KEY, localSettings } from "../../src/taskpane/standalone/localSettings";

const GOOD: PaneSettings = {
  body: "МЦРИТ",
  periodFrom: "2025-01-01",
  periodTo: "2025-06-30",
  person: "А. Асанов",
  contacts: "a@x.kg",
  lang: "ru",
  sheet: "1-таблица",
};

test("valid settings pass unchanged; anything else falls back field by field", () => {
  expect(parsePaneSettings(GOOD)).toEqual(GOOD);
  for (const junk of [null, undefined, "settings", 42, [GOOD]])
    expect(parsePaneSettings(junk)).toEqual(EMPTY_SETTINGS);
  expect(
    parsePaneSettings({
      ...GOOD,
      lang: "de",
      periodTo: "2025-02-30",
      periodFrom: 45000,
      person: { name: "x" },
      extra: "ignored",
    })
  ).toEqual({
    ...GOOD,
    lang: "",
    periodTo: "",
    periodFrom: "",
    person: "",
  });
  expect(parsePaneSettings({ body: "x".repeat(501) }).body).toBe("");
  expect(parsePaneSettings({ sheet: "x".repeat(32) }).sheet).toBe("");
});

/** A target whose saves finish only when the test says so. */
function slowTarget() {
  const saved: PaneSettings[] = [];
  const pending: { settings: PaneSettings; finish: (ok: boolean) => void }[] = [];
  return {
    saved,
    pending,
    target: {
      loadSettings: async (): Promise<PaneSettings> => ({ ...GOOD, lang: "" }),
      saveSettings: (settings: PaneSettings): Promise<void> =>
        new Promise<void>((resolve, reject) => {
          pending.push({
            settings,
            finish: (ok) => {
              if (ok) {
                saved.push(settings);
                resolve();
              } else reject(new Error("save failed"));
            },
          });
        }),
    },
  };
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

test("the store merges patches and saves one version after the other, a failure not blocking later saves", async () => {
  const { target, saved, pending } = slowTarget();
  const store = new SettingsStore(target);
  await expect(store.load()).resolves.toEqual({ ...GOOD, lang: "" });
  const first = store.update({ lang: "ky" });
  const second = store.update({ body: "Минфин" });
  expect(store.get()).toMatchObject({ lang: "ky", body: "Минфин" });
  await tick();
  // The second save waits for the first.
  expect(pending.length).toBe(1);
  pending[0].finish(false);
  await expect(first).rejects.toThrow("save failed");
  await tick();
  expect(pending.length).toBe(2);
  expect(pending[1].settings).toMatchObject({ lang: "ky", body: "Минфин" });
  pending[1].finish(true);
  await expect(second).resolves.toBeUndefined();
  expect(saved).toEqual([{ ...GOOD, lang: "ky", body: "Минфин" }]);
  // A patch is validated like everything else.
  void store.update({ lang: "xx" as PaneSettings["lang"] }).catch(() => undefined);
  expect(store.get().lang).toBe("");
});

test("the standalone page keeps settings in localStorage, validated when read back", async () => {
  const data = new Map<string, string>();
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  } as unknown as Storage;
  const local = localSettings(storage);
  await expect(local.loadSettings()).resolves.toEqual(EMPTY_SETTINGS);
  await local.saveSettings(GOOD);
  await expect(local.loadSettings()).resolves.toEqual(GOOD);
  data.set(SETTINGS_KEY, "{not json");
  await expect(local.loadSettings()).resolves.toEqual(EMPTY_SETTINGS);
  data.set(SETTINGS_KEY, JSON.stringify({ ...GOOD, lang: 7 }));
  await expect(local.loadSettings()).resolves.toEqual({ ...GOOD, lang: "" });
  // No storage at all (private mode): nothing remembered, nothing breaks.
  const none = localSettings(null);
  await none.saveSettings(GOOD);
  await expect(none.loadSettings()).resolves.toEqual(EMPTY_SETTINGS);
});
