/**
 * The print setup of a sheet model as both file writers put it in the file (SPEC "Annex 2"): the
 * package writer (copies) and ExcelJS (new workbooks) write the footer with page numbers, the core's
 * manual page breaks, the hidden column and named fonts — read back from the XML and by ExcelJS.
 */
import ExcelJS from "exceljs";
import { buildAnnex2, SheetModelBuilder } from "../../src/core";
import type { SheetModel } from "../../src/core";
import { NODE_IO, readWorkbook } from "../../src/xlsx/nodeReader";
import { patchPackage } from "../../src/xlsx/write/patchPackage";
import { workbookFromModels, workbookToBuffer } from "../../src/xlsx/workbook";
import { EXAMPLE_AS_OF, exampleWorkbook } from "../fixtures/xlsx/exampleTable1";
import { workbookBytes } from "../fixtures/xlsx/table1";
import { zipText } from "../fixtures/xlsx/zip";
import { analyseWorkbook } from "../../src/core";

/** A model with a footer, two page breaks, a hidden column and an Arial heading. */
function printed(): SheetModel {
  const b = new SheetModelBuilder("Print");
  for (let r = 0; r < 30; r++)
    b.set(r, 0, `Row ${r + 1}`, r === 0 ? { bold: true, fontName: "Arial" } : { wrap: true });
  b.set(0, 2, "machine");
  return b.build({
    columnWidths: [20, 20],
    hiddenColumns: [2],
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      footer: "&C&P / &N",
      rowBreaks: [10, 20],
    },
  });
}

test("the package writer: footer, breaks after the rows above them, the hidden column, a named font", async () => {
  const input = await workbookBytes(exampleWorkbook("ky"));
  const bytes = patchPackage(input, { sheets: [{ model: printed() }], activate: "Print" }, NODE_IO);
  const wb = zipText(bytes, "xl/workbook.xml");
  const rid = /<sheet [^>]*name="Print"[^>]*r:id="(rId\d+)"/.exec(wb)![1];
  const target = new RegExp(
    `Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`
  ).exec(zipText(bytes, "xl/_rels/workbook.xml.rels"))!;
  const xml = zipText(bytes, `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`);
  expect(xml).toContain(
    "<headerFooter><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>"
  );
  expect(xml).toContain(
    '<rowBreaks count="2" manualBreakCount="2"><brk id="10" max="16383" man="1"/><brk id="20" max="16383" man="1"/></rowBreaks>'
  );
  expect(xml).toMatch(/<col min="3" max="3" [^>]*hidden="1"\/>/);
  // pageSetup before headerFooter before rowBreaks (CT_Worksheet's order).
  expect(xml.indexOf("<pageSetup")).toBeLessThan(xml.indexOf("<headerFooter"));
  expect(xml.indexOf("<headerFooter")).toBeLessThan(xml.indexOf("<rowBreaks"));
  expect(zipText(bytes, "xl/styles.xml")).toMatch(
    /<font><b\/><sz val="11"\/><name val="Arial"\/><family val="2"\/><\/font>/
  );
  // Every other sheet reads as before; ExcelJS reads the breaks back.
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = back.getWorksheet("Print")!;
  expect(ws.headerFooter.oddFooter).toBe("&C&P / &N");
  expect(ws.getColumn(3).hidden).toBe(true);
});

test("ExcelJS: the same footer, breaks, hidden column and font names (Calibri where the model names none)", async () => {
  const bytes = await workbookToBuffer(workbookFromModels([printed()]));
  const xml = zipText(bytes, "xl/worksheets/sheet1.xml");
  expect(xml).toMatch(
    /<rowBreaks count="2" manualBreakCount="2"><brk id="10" max="16383" man="1"\/><brk id="20" max="16383" man="1"\/><\/rowBreaks>/
  );
  expect(xml).toContain("<oddFooter>&amp;C&amp;P / &amp;N</oddFooter>");
  expect(xml).toMatch(/<col min="3" max="3" [^>]*hidden="1"/);
  const styles = zipText(bytes, "xl/styles.xml");
  expect(styles).toContain('<name val="Arial"/>');
  for (const font of styles.match(/<font>.*?<\/font>/g) ?? []) expect(font).toMatch(/<name val="/);
});

test("the Annex 2 copy of the example: its page breaks and footer in the sheet written", async () => {
  const input = await workbookBytes(exampleWorkbook("ky"));
  const read = await readWorkbook(input, { lang: "ky" });
  if (!read.ok) throw new Error(read.fatal.message);
  const a = analyseWorkbook(read.book.sheets, { body: "МЦРИТ", asOf: EXAMPLE_AS_OF, lang: "ky" });
  if (!a.ok) throw new Error(a.fatal.message);
  const model = buildAnnex2(a.analysis, {
    body: "МЦРИТ",
    periodFrom: null,
    periodTo: null,
    asOf: EXAMPLE_AS_OF,
    person: "",
    contacts: "",
    planItems: 334,
    lang: "ky",
  });
  expect(model.print.rowBreaks!.length).toBeGreaterThan(0);
  const bytes = patchPackage(input, { sheets: [{ model }], activate: model.name }, NODE_IO);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = back.getWorksheet(model.name)!;
  expect(ws.headerFooter.oddFooter).toBe("&C&P / &N");
  expect(back.views[0].activeTab).toBe(1);
});
