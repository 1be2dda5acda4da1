/**
 * Metadata: generated from the JSDoc of functions.ts (as the build does), the hand-written Russian
 * and Kyrgyz files checked against it so they cannot drift, no name colliding with a built-in Excel
 * function in any language, and the built bundle associating every id with a working function.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  completeGeneratedMetadata,
  localisationProblems,
  namingProblems,
  parseMetadata,
} from "../../src/functions/metadata";
import type { FunctionsMetadata } from "../../src/functions/metadata";
import { builtinCollision, EXCEL_BUILTINS_EN, EXCEL_BUILTINS_RU, foldName } from "./builtinNames";
import {
  installCustomFunctionsShim,
  removeCustomFunctionsShim,
  ShimError,
} from "./customFunctionsShim";

const ROOT = join(__dirname, "..", "..");
const LOCALES = join(ROOT, "src", "functions", "locales");
const NAMESPACE = "ATKARUU";
const IDS = [
  "EXECUTION_LEVEL",
  "COUNT_STATUS",
  "STATUS_CATEGORY",
  "DEADLINE_TYPE",
  "DEADLINE_END",
  "IS_OVERDUE",
  "ITEM_LIST",
  "WORKDAYS_DUE",
  "GROUP_CHECK",
];

let english: FunctionsMetadata;
let associate: { functionName: string; id: string }[];
const localeFiles = readdirSync(LOCALES)
  .filter((f) => f.endsWith(".json"))
  .sort();
const readLocale = (f: string): FunctionsMetadata =>
  parseMetadata(readFileSync(join(LOCALES, f), "utf8"), f);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    join(ROOT, "src", "functions", "functions.ts")
  );
  expect(result.errors).toEqual([]);
  english = completeGeneratedMetadata(JSON.parse(result.metadataJson));
  associate = result.associate;
});

describe("generated English metadata", () => {
  test("the nine functions, with explicit ids", () => {
    expect(english.functions.map((f) => f.id)).toEqual(IDS);
    expect(english.functions.map((f) => f.name)).toEqual(IDS);
    expect(associate.map((a) => a.id)).toEqual(IDS);
  });

  test("error cells reach the functions; descriptions on one line", () => {
    expect(english.allowErrorForDataTypeAny).toBe(true);
    for (const f of english.functions) {
      expect(f.description).toMatch(/\S/);
      expect(f.description).not.toMatch(/\n/);
      for (const p of f.parameters) expect(p.description).toMatch(/^[^\n]+$/);
    }
  });

  test("parameters: ranges are matrices of any, single values any, optional where the SPEC says", () => {
    const fn = (id: string) => english.functions.find((f) => f.id === id)!;
    const shape = (id: string) =>
      fn(id).parameters.map(
        (p) => `${p.name}:${p.type}:${p.dimensionality ?? "scalar"}${p.optional ? "?" : ""}`
      );
    expect(shape("EXECUTION_LEVEL")).toEqual(["statuses:any:matrix", "measures:any:matrix?"]);
    expect(shape("COUNT_STATUS")).toEqual(["statuses:any:matrix", "category:any:scalar"]);
    expect(shape("STATUS_CATEGORY")).toEqual([
      "text:any:scalar",
      "completionDate:any:scalar?",
      "deadline:any:scalar?",
    ]);
    expect(shape("DEADLINE_TYPE")).toEqual(["text:any:scalar"]);
    expect(shape("DEADLINE_END")).toEqual(["text:any:scalar"]);
    expect(shape("IS_OVERDUE")).toEqual([
      "deadline:any:scalar",
      "status:any:scalar",
      "asOf:any:scalar?",
    ]);
    expect(shape("ITEM_LIST")).toEqual(["numbers:any:matrix"]);
    expect(shape("WORKDAYS_DUE")).toEqual([
      "received:any:scalar",
      "days:any:scalar",
      "holidays:any:matrix?",
    ]);
    expect(shape("GROUP_CHECK")).toEqual([
      "members:any:matrix",
      "created:any:scalar?",
      "asOf:any:scalar?",
    ]);
    expect(english.functions.map((f) => `${f.id}:${f.result?.type}`)).toEqual([
      "EXECUTION_LEVEL:number",
      "COUNT_STATUS:number",
      "STATUS_CATEGORY:string",
      "DEADLINE_TYPE:string",
      "DEADLINE_END:number",
      "IS_OVERDUE:boolean",
      "ITEM_LIST:string",
      "WORKDAYS_DUE:number",
      "GROUP_CHECK:string",
    ]);
  });

  test("only IS_OVERDUE and GROUP_CHECK are volatile (their as-of date defaults to today)", () => {
    expect(english.functions.filter((f) => f.options?.volatile === true).map((f) => f.id)).toEqual([
      "IS_OVERDUE",
      "GROUP_CHECK",
    ]);
  });

  test("ids and names follow Office's rules", () => {
    expect(namingProblems(english, "functions.json")).toEqual([]);
  });
});

describe("localised metadata", () => {
  test("Russian and Kyrgyz files exist", () => {
    expect(localeFiles).toEqual(["functions-ky.json", "functions-ru.json"]);
  });

  test.each(localeFiles)("%s matches the generated metadata and is fully localised", (f) => {
    expect(localisationProblems(english, readLocale(f), f)).toEqual([]);
  });

  test("names are in the language of the file", () => {
    for (const f of readLocale("functions-ru.json").functions) expect(f.name).toMatch(/^[А-ЯЁ_]+$/);
    for (const f of readLocale("functions-ky.json").functions)
      expect(f.name).toMatch(/^[А-ЯЁӨҮҢ_]+$/);
  });

  test("drift is caught: a dropped, retyped or reordered parameter, a missing function, an untranslated text", () => {
    const ru = readLocale("functions-ru.json");
    const problems = (mutate: (m: FunctionsMetadata) => void): string[] => {
      const m = clone(ru);
      mutate(m);
      return localisationProblems(english, m, "ru");
    };
    expect(problems((m) => m.functions[0].parameters.pop())).toEqual([
      expect.stringMatching(/EXECUTION_LEVEL has 1 parameters/),
    ]);
    expect(problems((m) => void (m.functions[1].parameters[1].optional = true))).toEqual([
      expect.stringMatching(/COUNT_STATUS differs/),
    ]);
    expect(problems((m) => m.functions[2].parameters.reverse())).toEqual([
      expect.stringMatching(/STATUS_CATEGORY differs/),
    ]);
    expect(problems((m) => void m.functions.splice(3, 1))).toEqual([
      expect.stringMatching(/differ from the generated/),
    ]);
    expect(problems((m) => void (m.functions[4].name = "DEADLINE_END"))).toEqual([
      expect.stringMatching(/DEADLINE_END has no localised name/),
    ]);
    expect(
      problems(
        (m) =>
          void (m.functions[5].parameters[2].description =
            english.functions[5].parameters[2].description)
      )
    ).toEqual([
      expect.stringMatching(/IS_OVERDUE parameter 3 \(asOf\) has no localised description/),
    ]);
    expect(problems((m) => void (m.functions[6].options = { volatile: true }))).toEqual([
      expect.stringMatching(/ITEM_LIST differs/),
    ]);
    expect(problems((m) => void (m.allowErrorForDataTypeAny = false))).toEqual([
      expect.stringMatching(/allowErrorForDataTypeAny/),
    ]);
    expect(problems((m) => void (m.functions[0].name = "1УРОВЕНЬ"))).toEqual([
      expect.stringMatching(/breaks Office's rules/),
    ]);
  });

  test("a malformed file is refused with its name", () => {
    expect(() => parseMetadata("{", "functions-xx.json")).toThrow(
      /functions-xx.json: not valid JSON/
    );
    expect(() =>
      parseMetadata(
        JSON.stringify({ functions: [{ id: "A", nam: "B", parameters: [] }] }),
        "functions-xx.json"
      )
    ).toThrow(/functions-xx.json/);
  });
});

describe("no name collides with a built-in Excel function, in any language", () => {
  test("the lists hold the names that come close to ours", () => {
    expect(EXCEL_BUILTINS_EN).toEqual(
      expect.arrayContaining([
        "COUNT",
        "COUNTIF",
        "TYPE",
        "ERROR.TYPE",
        "DAYS",
        "PERCENTRANK",
        "ISNA",
      ])
    );
    expect(EXCEL_BUILTINS_RU).toEqual(
      expect.arrayContaining(["СЧЁТ", "СЧЁТЕСЛИ", "ТИП", "ДАТА", "КОНМЕСЯЦА", "ПРОЦЕНТРАНГ"])
    );
  });

  test("the check itself finds collisions (case, ё/е, cell references)", () => {
    expect(builtinCollision("count")).toBe("COUNT");
    expect(builtinCollision("СЧЕТЕСЛИ")).toBe(foldName("СЧЁТЕСЛИ"));
    expect(builtinCollision("Ф.ТЕКСТ")).toBe("Ф.ТЕКСТ");
    expect(builtinCollision("ABC123")).toBe("a cell reference");
    expect(builtinCollision("R1C1")).toBe("a cell reference");
    expect(builtinCollision("EXECUTION_LEVEL")).toBeNull();
  });

  test("English, Russian and Kyrgyz names, bare and with the namespace", () => {
    const names = [english, ...localeFiles.map(readLocale)].flatMap((m) =>
      m.functions.map((f) => f.name)
    );
    expect(names).toHaveLength(IDS.length * (1 + localeFiles.length));
    const collisions = names
      .flatMap((n) => [n, `${NAMESPACE}.${n}`])
      .filter((n) => builtinCollision(n) !== null);
    expect(collisions).toEqual([]);
  });

  test("names are unique across the three languages (a formula typed in one language never means another function)", () => {
    const all = [english, ...localeFiles.map(readLocale)].flatMap((m) =>
      m.functions.map((f) => `${f.id}=${foldName(f.name)}`)
    );
    const byName = new Map<string, Set<string>>();
    for (const entry of all) {
      const [id, name] = entry.split("=");
      byName.set(name, (byName.get(name) ?? new Set()).add(id));
    }
    expect([...byName.entries()].filter(([, ids]) => ids.size > 1)).toEqual([]);
  });
});

describe("the build", () => {
  let shim: ReturnType<typeof installCustomFunctionsShim>;
  // Built into a scratch folder with the real target (not into the shared dist/, which other
  // suites may be serving while this one runs).
  const out = mkdtempSync(join(tmpdir(), "atkaruu-functions-"));
  const built = (f: string): string => readFileSync(join(out, f), "utf8");

  beforeAll(() => {
    const script = [
      `import * as esbuild from "esbuild";`,
      `import target from "./scripts/targets/functions.mjs";`,
      `for (const options of await target({ root: process.cwd(), outDir: ${JSON.stringify(out)} }))`,
      `  await esbuild.build({ absWorkingDir: process.cwd(), logLevel: "warning", ...options });`,
    ].join("\n");
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  }, 60_000);
  afterAll(() => {
    removeCustomFunctionsShim();
    rmSync(out, { recursive: true, force: true });
  });

  test("functions.json is the generated metadata; the localised files are copied as written", () => {
    expect(JSON.parse(built("functions.json"))).toEqual(english);
    for (const f of localeFiles) expect(built(f)).toBe(readFileSync(join(LOCALES, f), "utf8"));
  });

  test("functions.js associates every id with its function", () => {
    shim = installCustomFunctionsShim();
    runInNewContext(built("functions.js"), { CustomFunctions: shim });
    expect([...shim.associations.keys()]).toEqual(IDS);
    const call = (id: string, ...args: unknown[]): unknown =>
      (shim.associations.get(id) as (...a: unknown[]) => unknown)(...args);
    expect(call("EXECUTION_LEVEL", [["Исполнено в срок"], ["Аткарууда"], [0]])).toBe(50);
    expect(call("ITEM_LIST", [[3], [4], [5], [9], [12]])).toBe("3-5, 9, 12");
    expect(call("DEADLINE_END", "IV квартал 2024 года")).toBe(45657);
    let error: unknown;
    try {
      call("EXECUTION_LEVEL", [[null]]);
    } catch (e) {
      error = e;
    }
    // The bundle found the runtime's CustomFunctions.Error (the shim in this context).
    expect(error).toBeInstanceOf(ShimError);
    expect((error as ShimError).code).toBe("#N/A");
  });

  test("loading the bundle without the custom-functions runtime does nothing", () => {
    expect(() => runInNewContext(built("functions.js"), {})).not.toThrow();
  });
});
