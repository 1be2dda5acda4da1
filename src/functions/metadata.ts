/**
 * The custom-functions metadata files and the checks that keep the hand-written localised files
 * (`locales/functions-ru.json`, `locales/functions-ky.json`) in step with the English file generated
 * from the JSDoc of functions.ts. A localised file is a complete metadata file (Office loads it
 * instead of functions.json for that display language); only the `name` and `description` of
 * functions and parameters may differ from the English one. Used by the build (which refuses to
 * copy a file that drifted) and by the tests. Not part of the runtime bundle.
 */
import { z } from "zod";

const Parameter = z.strictObject({
  name: z.string(),
  description: z.string().optional(),
  type: z.string().optional(),
  cellValueType: z.string().optional(),
  dimensionality: z.enum(["scalar", "matrix"]).optional(),
  optional: z.boolean().optional(),
  repeating: z.boolean().optional(),
  customEnumId: z.string().optional(),
});

const FunctionMeta = z.strictObject({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  helpUrl: z.string().optional(),
  parameters: z.array(Parameter),
  result: z
    .strictObject({
      type: z.string().optional(),
      dimensionality: z.enum(["scalar", "matrix"]).optional(),
    })
    .optional(),
  options: z.record(z.string(), z.boolean()).optional(),
});

export const MetadataSchema = z.strictObject({
  allowCustomDataForDataTypeAny: z.boolean().optional(),
  allowErrorForDataTypeAny: z.boolean().optional(),
  functions: z.array(FunctionMeta).min(1),
  enums: z.array(z.unknown()).optional(),
});

export type FunctionsMetadata = z.infer<typeof MetadataSchema>;
export type FunctionMetadata = z.infer<typeof FunctionMeta>;

/** Parse metadata JSON text; throws one readable sentence naming the file when it is malformed. */
export function parseMetadata(text: string, file: string): FunctionsMetadata {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = MetadataSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(
      `${file}: ${first?.path.join(".") ?? ""} ${first?.message ?? "invalid metadata"}`.trim()
    );
  }
  return parsed.data;
}

/**
 * The generator's output made ready for Office: descriptions JSDoc wrapped over several lines joined
 * into one line (Excel shows them as one line of text), and `allowErrorForDataTypeAny` set so that
 * error cells inside a range reach the functions (the generator cannot express it; without it Excel
 * does not call EXECUTION_LEVEL at all when one status cell holds #N/A). Used by the build and tests.
 */
export function completeGeneratedMetadata(generated: unknown): FunctionsMetadata {
  const meta = MetadataSchema.parse(generated);
  const oneLine = (text: string | undefined): string | undefined =>
    text === undefined ? undefined : text.replace(/\s*\n\s*/g, " ").trim();
  return {
    allowCustomDataForDataTypeAny: meta.allowCustomDataForDataTypeAny,
    allowErrorForDataTypeAny: true,
    ...(meta.enums === undefined ? {} : { enums: meta.enums }),
    functions: meta.functions.map((f) => ({
      ...f,
      description: oneLine(f.description),
      parameters: f.parameters.map((p) => ({ ...p, description: oneLine(p.description) })),
    })),
  };
}

/** Office's rules for ids and names ("Custom functions naming and localization"). */
const ID_RULE = /^[A-Za-z][A-Za-z0-9_.]{2,127}$/;
const NAME_RULE = /^\p{Alphabetic}[\p{Alphabetic}\p{Nd}_.]{2,127}$/u;

/** Problems with ids and names in one metadata file (Office's naming rules, uniqueness). */
export function namingProblems(meta: FunctionsMetadata, file: string): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  const ids = new Set<string>();
  for (const f of meta.functions) {
    if (!ID_RULE.test(f.id))
      problems.push(
        `${file}: id ${f.id} breaks Office's rules (A–Z, 0–9, _ and ., starting with a letter, 3–128 characters)`
      );
    if (!NAME_RULE.test(f.name))
      problems.push(
        `${file}: name ${f.name} breaks Office's rules (letters, digits, _ and ., starting with a letter, 3–128 characters)`
      );
    const upperName = f.name.toLocaleUpperCase();
    if (names.has(upperName)) problems.push(`${file}: name ${f.name} is used twice`);
    names.add(upperName);
    if (ids.has(f.id.toUpperCase())) problems.push(`${file}: id ${f.id} is used twice`);
    ids.add(f.id.toUpperCase());
  }
  return problems;
}

/** Everything but the words: what must be identical between the English and a localised file. */
function structure(f: FunctionMetadata): unknown {
  return {
    id: f.id,
    helpUrl: f.helpUrl,
    result: f.result,
    options: f.options,
    parameters: f.parameters.map(({ name: _n, description: _d, ...rest }) => rest),
  };
}

/** Stable JSON (keys sorted) for comparing structures. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0
          )
        )
      : v
  );
}

const filled = (s: string | undefined): boolean => s !== undefined && s.trim() !== "";

/**
 * Drift between the generated English metadata and a localised file: the same functions (ids, in
 * the same order), the same parameters in the same order with the same types, options and flags;
 * every function and parameter given a name and a description of its own (not left in English).
 */
export function localisationProblems(
  english: FunctionsMetadata,
  localised: FunctionsMetadata,
  file: string
): string[] {
  const problems: string[] = [...namingProblems(localised, file)];
  const enIds = english.functions.map((f) => f.id).join(", ");
  const loIds = localised.functions.map((f) => f.id).join(", ");
  if (enIds !== loIds)
    problems.push(`${file}: functions ${loIds} differ from the generated ${enIds}`);
  if (english.allowCustomDataForDataTypeAny !== localised.allowCustomDataForDataTypeAny) {
    problems.push(`${file}: allowCustomDataForDataTypeAny differs from the generated metadata`);
  }
  if (english.allowErrorForDataTypeAny !== localised.allowErrorForDataTypeAny) {
    problems.push(`${file}: allowErrorForDataTypeAny differs from the generated metadata`);
  }
  for (const en of english.functions) {
    const lo = localised.functions.find((f) => f.id === en.id);
    if (lo === undefined) continue;
    const enParams = en.parameters.map((p) => p.name).join(", ");
    if (lo.parameters.length !== en.parameters.length) {
      problems.push(
        `${file}: ${en.id} has ${lo.parameters.length} parameters, the generated metadata ${en.parameters.length} (${enParams})`
      );
    } else if (canonical(structure(en)) !== canonical(structure(lo))) {
      problems.push(
        `${file}: ${en.id} differs from the generated metadata in more than names and descriptions`
      );
    }
    if (!filled(lo.name) || lo.name === en.name)
      problems.push(`${file}: ${en.id} has no localised name`);
    if (!filled(lo.description) || lo.description === en.description)
      problems.push(`${file}: ${en.id} has no localised description`);
    lo.parameters.forEach((p, i) => {
      const ep = en.parameters[i];
      if (ep === undefined) return;
      if (!filled(p.name))
        problems.push(`${file}: ${en.id} parameter ${i + 1} (${ep.name}) has no localised name`);
      if (!filled(p.description) || p.description === ep.description) {
        problems.push(
          `${file}: ${en.id} parameter ${i + 1} (${ep.name}) has no localised description`
        );
      }
    });
  }
  return problems;
}
