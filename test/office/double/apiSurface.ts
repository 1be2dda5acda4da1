/**
 * The real Excel JavaScript API surface, read from `@types/office-js` (Microsoft's published
 * declarations): for every class of the `Excel` namespace, its members and the requirement set that
 * introduced each one (`[Api set: ExcelApi 1.9]`).
 *
 * The double uses it twice: every member the double models must exist here (so the double can never
 * invent an API, the mistake that lets Microsoft's template test pass with `format.autoFitColumns`),
 * and a member newer than the simulated host's requirement set fails with `ApiNotFound`.
 */
import { readFileSync } from "fs";

export interface ApiMember {
  readonly kind: "property" | "method";
  readonly readonly: boolean;
  /** Requirement set, e.g. `ExcelApi`, `ExcelApiOnline`, `ExcelApiDesktop`; "" when not stated. */
  readonly set: string;
  /** Version that introduced the member (reading it, for properties), e.g. `1.9`. */
  readonly version: string;
  /** Version from which a property may be written, when the declaration says it differs. */
  readonly writeVersion: string;
}

export type ApiSurface = ReadonlyMap<string, ReadonlyMap<string, ApiMember>>;

let cached: ApiSurface | null = null;

/** Members of the `Excel` classes, keyed by class name then member name. */
export function excelApiSurface(): ApiSurface {
  if (cached !== null) return cached;
  const text = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
  cached = parseExcelSurface(text);
  return cached;
}

const CLASS_LINE = /^ {4}class (\w+)(?:<[^>]*>)?(?: extends [\w.<>]+)? \{/;
const MEMBER_LINE = /^ {8}(readonly )?([A-Za-z_$][\w$]*)\??(\(|:|<)/;
const API_SET = /\[Api set: (ExcelApi\w*) (\d+\.\d+)/;
const WRITE_SET = /(\d+\.\d+) for (?:setting|set)\b/;

export function parseExcelSurface(text: string): ApiSurface {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith("declare namespace Excel {"));
  if (start < 0) throw new Error("@types/office-js: no Excel namespace");
  const out = new Map<string, Map<string, ApiMember>>();
  let cls: Map<string, ApiMember> | null = null;
  let doc = "";
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith("}")) break;
    if (line.startsWith("    namespace ")) break; // Excel.Interfaces: data shapes, not classes
    const c = CLASS_LINE.exec(line);
    if (c) {
      cls = new Map();
      out.set(c[1], cls);
      doc = "";
      continue;
    }
    if (cls === null) continue;
    if (line.startsWith("    }")) {
      cls = null;
      continue;
    }
    if (/^ {8}\/\*\*/.test(line)) doc = "";
    if (/^ {8,}\*/.test(line) || /^ {8}\/\*\*/.test(line)) {
      doc += line + "\n";
      continue;
    }
    const m = MEMBER_LINE.exec(line);
    if (m) {
      const name = m[2];
      const api = API_SET.exec(doc);
      const write = WRITE_SET.exec(doc);
      const member: ApiMember = {
        kind: m[3] === ":" ? "property" : "method",
        readonly: m[1] !== undefined,
        set: api ? api[1] : "",
        version: api ? api[2] : "",
        writeVersion: write ? write[1] : api ? api[2] : "",
      };
      // Overloads repeat the name; keep the first (earliest documented) declaration.
      if (!cls.has(name)) cls.set(name, member);
      doc = "";
    }
  }
  return out;
}

const enumCache = new Map<string, readonly string[]>();

/**
 * The string values of an `Excel` enumeration (`ChartType` → `BarClustered`, `ColumnClustered`, …),
 * read from the same declarations, so the double accepts exactly what Office.js does.
 */
export function excelEnumValues(name: string): readonly string[] {
  const hit = enumCache.get(name);
  if (hit !== undefined) return hit;
  const text = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
  const values = parseExcelEnum(text, name);
  enumCache.set(name, values);
  return values;
}

export function parseExcelEnum(text: string, name: string): string[] {
  const lines = text.split("\n");
  const ns = lines.findIndex((l) => l.startsWith("declare namespace Excel {"));
  if (ns < 0) throw new Error("@types/office-js: no Excel namespace");
  const start = lines.findIndex((l, i) => i > ns && l === `    enum ${name} {`);
  if (start < 0) throw new Error(`@types/office-js: no enum Excel.${name}`);
  const out: string[] = [];
  for (let i = start + 1; i < lines.length && !lines[i].startsWith("    }"); i++) {
    const m = /^ {8}\w+ = "([^"]+)",?$/.exec(lines[i]);
    if (m) out.push(m[1]);
  }
  if (out.length === 0) throw new Error(`@types/office-js: enum Excel.${name} has no values`);
  return out;
}

/** `1.13` > `1.9`: compare requirement-set versions numerically part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
