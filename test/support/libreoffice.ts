/**
 * LibreOffice headless as an independent reader of the files we write: convert a batch of workbooks
 * in one `soffice` run (each run with its own throw-away profile, so runs never collide), e.g. every
 * sheet to CSV, or to .xlsx / .xls / .ods. Conversions take seconds: give tests a generous timeout.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";

/** The `soffice` binary: `$SOFFICE`, else /usr/bin/soffice. */
export const SOFFICE = process.env.SOFFICE ?? "/usr/bin/soffice";

/**
 * CSV export of every sheet (LibreOffice ≥ 7.2): comma, double quotes, UTF-8, values as shown
 * (token 9), all sheets (token 12 = -1). Each sheet goes to `<file>-<sheet>.csv`.
 */
export const CSV_ALL_SHEETS =
  "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

export function hasLibreOffice(): boolean {
  return existsSync(SOFFICE);
}

/** Convert files with one `soffice --headless --convert-to` run; resolves when every output exists. */
export async function convert(
  files: readonly string[],
  format: string,
  outDir: string,
  timeoutMs = 180_000,
  infilter?: string
): Promise<void> {
  if (!hasLibreOffice())
    throw new Error(
      `LibreOffice not found at ${SOFFICE} (install libreoffice-calc or set SOFFICE)`
    );
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), "atkaruu-lo-profile-"));
  try {
    const args = [
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--nodefault",
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      ...(infilter !== undefined ? [`--infilter=${infilter}`] : []),
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...files,
    ];
    const { code, output } = await new Promise<{ code: number | null; output: string }>(
      (resolve, reject) => {
        const p = spawn(SOFFICE, args, {
          stdio: ["ignore", "pipe", "pipe"],
          env: { ...process.env, HOME: profile },
        });
        let output = "";
        p.stdout.on("data", (d: Buffer) => (output += d.toString()));
        p.stderr.on("data", (d: Buffer) => (output += d.toString()));
        const timer = setTimeout(() => {
          p.kill("SIGKILL");
          reject(new Error(`soffice timed out after ${timeoutMs} ms:\n${output}`));
        }, timeoutMs);
        p.on("error", reject);
        p.on("close", (c) => {
          clearTimeout(timer);
          resolve({ code: c, output });
        });
      }
    );
    const ext = format.split(":")[0];
    const missing = files.filter(
      (f) =>
        !readdirSync(outDir).some(
          (o) => o.startsWith(basename(f, extname(f))) && o.endsWith(`.${ext}`)
        )
    );
    if (code !== 0 || missing.length > 0)
      throw new Error(
        `soffice exited with ${code}; no output for ${missing.join(", ")}:\n${output}`
      );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Parse RFC 4180 CSV (quotes, doubled quotes, line breaks inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && s[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Every sheet of every file as seen by LibreOffice: `result.get(file).get(sheet)` is that sheet's
 * CSV rows. One `soffice` run for the whole batch.
 */
export async function sheetsAsCsv(
  files: readonly string[],
  outDir: string
): Promise<Map<string, Map<string, string[][]>>> {
  await convert(files, CSV_ALL_SHEETS, outDir);
  const outputs = readdirSync(outDir);
  const result = new Map<string, Map<string, string[][]>>();
  for (const f of files) {
    const base = basename(f, extname(f));
    const sheets = new Map<string, string[][]>();
    for (const o of outputs) {
      if (!o.startsWith(`${base}-`) || !o.endsWith(".csv")) continue;
      sheets.set(o.slice(base.length + 1, -4), parseCsv(readFileSync(join(outDir, o), "utf8")));
    }
    result.set(f, sheets);
  }
  return result;
}
