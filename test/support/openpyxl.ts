/**
 * Table 1 workbooks written by openpyxl (/usr/bin/python3, which has it), the producer officials'
 * scripts use: sheet `1-таблица` with a title row, a blank row, the headers and the rows. A cell given
 * as `{ date: "YYYY-MM-DD" }` is a real date cell shown dd.mm.yyyy.
 */
import { spawnSync } from "node:child_process";

export type OpenpyxlCell = string | number | null | { readonly date: string };

const PRODUCER = String.raw`
import json, sys, datetime
from openpyxl import Workbook
spec = json.loads(sys.argv[1])
wb = Workbook()
ws = wb.active
ws.title = "1-таблица"
ws.append([spec["title"]])
ws.append([])
ws.append(spec["headers"])
for row in spec["rows"]:
    ws.append([datetime.datetime.strptime(v["date"], "%Y-%m-%d") if isinstance(v, dict) else v for v in row])
    for c, v in enumerate(row, start=1):
        if isinstance(v, dict): ws.cell(row=ws.max_row, column=c).number_format = "dd.mm.yyyy"
wb.save(sys.argv[2])
`;

export function writeTable1WithOpenpyxl(
  path: string,
  spec: {
    readonly title: string;
    readonly headers: readonly string[];
    readonly rows: readonly (readonly OpenpyxlCell[])[];
  }
): void {
  const r = spawnSync("/usr/bin/python3", ["-c", PRODUCER, JSON.stringify(spec), path], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
}
