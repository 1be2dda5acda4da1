/**
 * LibreOffice headless for the consolidation tests: open a workbook we wrote and export every sheet
 * as CSV (values as shown), so figures are checked as another spreadsheet program reads them.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";

/** Parse CSV as LibreOffice writes it (comma, double quotes, quotes doubled inside). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

/**
 * Every sheet of `xlsx` as LibreOffice shows it (formatted values: `66.7` for a `0.0` format),
 * keyed by sheet name. Throws when LibreOffice cannot open the file.
 */
export function sheetsViaLibreOffice(xlsx: string): Record<string, string[][]> {
  const out = mkdtempSync(join(tmpdir(), "atk-lo-out-"));
  const profile = mkdtempSync(join(tmpdir(), "atk-lo-profile-"));
  try {
    // Filter options: comma, double quote, UTF-8, from row 1, …, "save as shown" = true, …, all sheets (-1).
    const run = spawnSync(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", out, xlsx],
      { encoding: "utf8", timeout: 120_000 },
    );
    if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
    const stem = basename(xlsx, extname(xlsx));
    const sheets: Record<string, string[][]> = {};
    for (const f of readdirSync(out)) {
      if (!f.startsWith(`${stem}-`) || !f.endsWith(".csv")) continue;
      sheets[f.slice(stem.length + 1, -4)] = parseCsv(readFileSync(join(out, f), "utf8"));
    }
    if (Object.keys(sheets).length === 0) throw new Error(`LibreOffice wrote no sheets: ${run.stdout} ${run.stderr}`);
    return sheets;
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
