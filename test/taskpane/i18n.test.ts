/** The pane's catalogues: complete in ky / ru / en, language choice, and no words hard-coded in components. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { LANGS } from "../../src/core";
import { LANGUAGE_NAMES, langFromTag, paneCatalog, resolveLang } from "../../src/taskpane/i18n";

const SRC = join(__dirname, "..", "..", "src", "taskpane");

/** Every leaf of a catalogue: strings as they are, functions called with sample arguments (marked `()`). */
function leaves(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === "string") out.push([path, value]);
  else if (typeof value === "function")
    out.push([`${path}()`, String((value as (...a: unknown[]) => unknown)(3, 4, 5))]);
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) leaves(v, `${path}.${k}`, out);
  return out;
}

test("every language has every entry, none empty, none left unfilled", () => {
  const shape = (lang: (typeof LANGS)[number]) => leaves(paneCatalog(lang), "", []).map(([p]) => p);
  for (const lang of LANGS) {
    expect(shape(lang)).toEqual(shape("en"));
    for (const [path, text] of leaves(paneCatalog(lang), "", [])) {
      const leaked = path.endsWith("()") && /undefined|NaN|\[object/.test(text);
      expect([lang, path, text.trim() !== "" && !leaked]).toEqual([lang, path, true]);
    }
  }
});

test("Kyrgyz and Russian texts are not English left untranslated", () => {
  const en = new Map(leaves(paneCatalog("en"), "", []));
  for (const lang of ["ky", "ru"] as const) {
    for (const [path, text] of leaves(paneCatalog(lang), "", [])) {
      if (path === ".lang" || path === ".locale" || path === ".decimalMark") continue;
      expect([lang, path, /[А-Яа-яЁёӨөҮүҢң]/.test(text)]).toEqual([lang, path, true]);
      expect([lang, path, text === en.get(path)]).toEqual([lang, path, false]);
    }
  }
});

test("Russian counts agree with their number", () => {
  const c = paneCatalog("ru").check.counts;
  expect(c(1, 1)).toBe("1 ошибка, 1 предупреждение.");
  expect(c(2, 3)).toBe("2 ошибки, 3 предупреждения.");
  expect(c(5, 11)).toBe("5 ошибок, 11 предупреждений.");
  expect(c(21, 22)).toBe("21 ошибка, 22 предупреждения.");
  expect(c(112, 0)).toBe("112 ошибок, 0 предупреждений.");
  expect(paneCatalog("en").check.counts(1, 2)).toBe("1 error, 2 warnings.");
});

test("the language follows Office's display language unless one was chosen by hand", () => {
  expect(langFromTag("ru-RU")).toBe("ru");
  expect(langFromTag("ky-KG")).toBe("ky");
  expect(langFromTag("KY")).toBe("ky");
  expect(langFromTag("ru_KG")).toBe("ru");
  expect(langFromTag("en-US")).toBe("en");
  expect(langFromTag("de-DE")).toBe("en");
  expect(langFromTag("")).toBe("en");
  expect(langFromTag(undefined)).toBe("en");
  expect(resolveLang("ky", "ru-RU")).toBe("ky");
  expect(resolveLang("", "ru-RU")).toBe("ru");
  expect(resolveLang("de", "ky-KG")).toBe("ky");
  expect(Object.keys(LANGUAGE_NAMES)).toEqual([...LANGS]);
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory()
      ? f === "i18n"
        ? []
        : files(p)
      : p.endsWith(".tsx")
        ? [p]
        : [];
  });
}

test("components hold no user-facing words: all come from the catalogues", () => {
  const found: string[] = [];
  const letters = /[A-Za-zА-Яа-яЁёӨөҮүҢң]{2,}/;
  for (const file of files(SRC)) {
    const source = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
    // Text between JSX tags: `>Check<`, not `>{t.check.run}<` (nor `=> Promise<`, `a > b && <`).
    for (const m of source.matchAll(/(?<!=)>([^<>{}]+)</g)) {
      const text = m[1].trim();
      if (text !== "" && letters.test(text) && !/[=;()]|&&|\|\|/.test(text))
        found.push(`${relative(SRC, file)}: >${text}<`);
    }
    // Words in attributes people read or hear.
    for (const m of source.matchAll(
      /\b(label|title|placeholder|aria-label|alt|hint|validationMessage)="([^"]*)"/g
    )) {
      if (letters.test(m[2])) found.push(`${relative(SRC, file)}: ${m[1]}="${m[2]}"`);
    }
  }
  expect(found).toEqual([]);
});
