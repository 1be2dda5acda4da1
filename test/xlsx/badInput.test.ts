import { randomBytes } from "node:crypto";
import type { Lang, UnreadableReason } from "../../src/core";
import { coreCatalog } from "../../src/core";
import { compoundFileNames, sniffWorkbook } from "../../src/xlsx/sniff";
import { readWorkbook } from "../../src/xlsx/nodeReader";
import { buildCompoundFile } from "../fixtures/xlsx/cfb";
import { exampleWorkbook } from "../fixtures/xlsx/exampleTable1";
import { rawXlsx } from "../fixtures/xlsx/rawXlsx";
import { workbookBytes } from "../fixtures/xlsx/table1";
import { readZip, text, writeZip } from "../fixtures/xlsx/zip";

let good: Uint8Array;
beforeAll(async () => {
  good = await workbookBytes(exampleWorkbook("ky"));
});

async function reasonOf(
  bytes: Uint8Array,
  lang: Lang = "en",
  maxBytes?: number
): Promise<{ reason: UnreadableReason | null; message: string }> {
  const r = await readWorkbook(bytes, { lang, fileName: "plan.xlsx", maxBytes });
  if (r.ok) return { reason: null, message: "" };
  expect(r.fatal.code).toBe("unreadable-workbook");
  const reasons = Object.entries(coreCatalog(lang).unreadable) as [UnreadableReason, string][];
  // The longest matching reason sentence (some are prefixes of others once sizes are added).
  const found = reasons
    .filter(([, s]) => r.fatal.message.includes(s.replace(/\.$/, "")))
    .sort((a, b) => b[1].length - a[1].length)[0];
  return { reason: found ? found[0] : null, message: r.fatal.message };
}

describe("unreadable input gets its own reason", () => {
  test("a good workbook is read", async () => {
    expect(sniffWorkbook(good)).toEqual({ ok: true, kind: "ooxml" });
    expect((await readWorkbook(good, { lang: "ky" })).ok).toBe(true);
  });

  test("an empty file", async () => {
    expect((await reasonOf(new Uint8Array(0))).reason).toBe("empty");
  });

  test("random bytes, a text file, an HTML or XML 'Excel' file are not .xlsx", async () => {
    expect(
      (await reasonOf(new Uint8Array(randomBytes(4096)).map((b, i) => (i === 0 ? 0x41 : b)))).reason
    ).toBe("not-xlsx");
    expect((await reasonOf(text("№;Милдет;Чара\n1;a;b\n"))).reason).toBe("not-xlsx");
    expect(
      (await reasonOf(text("<html><body><table><tr><td>1</td></tr></table></body></html>"))).reason
    ).toBe("not-xlsx");
    expect(
      (
        await reasonOf(
          text(
            '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>'
          )
        )
      ).reason
    ).toBe("not-xlsx");
  });

  test("a truncated download is corrupt", async () => {
    expect((await reasonOf(good.slice(0, Math.floor(good.length / 2)))).reason).toBe("corrupt");
    expect((await reasonOf(good.slice(0, 30))).reason).toBe("corrupt");
  });

  test("damaged data inside an intact ZIP is corrupt, never a shorter table", async () => {
    const files = readZip(good);
    const sheet = files.find((f) => f.name === "xl/worksheets/sheet1.xml")!;
    // Cut XML.
    const cut = writeZip(
      files.map((f) =>
        f === sheet ? { name: f.name, data: text("<worksheet><sheetData><row r=") } : f
      )
    );
    expect((await reasonOf(cut)).reason).toBe("corrupt");
    // Overwritten deflate stream: the local entry is found by its name, then its data is scrambled.
    const b = Buffer.from(writeZip(files));
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    const at = b.indexOf(name) + name.length;
    for (let i = at + 20; i < at + 220; i++) b[i] = (b[i] * 31 + 7) & 0xff;
    expect((await reasonOf(new Uint8Array(b))).reason).toBe("corrupt");
  });

  test("other ZIP documents are not .xlsx: Word (also with its package relationships), binary .xlsb, an empty ZIP", async () => {
    const docx = writeZip([
      { name: "[Content_Types].xml", data: text("<Types/>") },
      { name: "word/document.xml", data: text("<w:document/>") },
    ]);
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
    const docxWithRels = writeZip([
      { name: "[Content_Types].xml", data: text("<Types/>") },
      { name: "_rels/.rels", data: text(rels) },
      { name: "word/document.xml", data: text('<w:document xmlns:w="w"/>') },
    ]);
    const xlsb = writeZip([
      { name: "[Content_Types].xml", data: text("<Types/>") },
      { name: "xl/workbook.bin", data: new Uint8Array(16) },
    ]);
    const emptyZip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    for (const b of [docx, docxWithRels, xlsb, emptyZip])
      expect((await reasonOf(b)).reason).toBe("not-xlsx");
    // An OpenDocument spreadsheet is read (read.test.ts); one without any table is empty.
    const ods = writeZip([
      { name: "mimetype", data: text("application/vnd.oasis.opendocument.spreadsheet") },
      { name: "content.xml", data: text('<office:document-content xmlns:office="o"/>') },
    ]);
    expect((await reasonOf(ods)).reason).toBe("empty");
  });

  test("text, HTML or XML Spreadsheet 2003 named .xls is told to be saved as .xlsx, like a binary .xls", async () => {
    for (const body of [
      "№;Милдет;Чара\n1;a;b\n",
      "<html><body><table><tr><td>1</td></tr></table></body></html>",
      '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>',
    ]) {
      expect(sniffWorkbook(text(body), { fileName: "Отчёт.XLS" })).toEqual({
        ok: false,
        reason: "legacy-xls",
      });
      expect(sniffWorkbook(text(body), { fileName: "Отчёт.xlsx" })).toEqual({
        ok: false,
        reason: "not-xlsx",
      });
    }
    for (const lang of ["ky", "ru", "en"] as const) {
      const r = await readWorkbook(text("<html></html>"), { lang, fileName: "export.xls" });
      expect(!r.ok && r.fatal.message).toContain(
        coreCatalog(lang).unreadable["legacy-xls"].replace(/\.$/, "")
      );
      expect(coreCatalog(lang).unreadable["legacy-xls"]).toContain("(*.xlsx)");
      expect(coreCatalog(lang).unreadable.csv).toContain("(*.xlsx)");
    }
  });

  test("a CSV file gets its own sentence (how to save it as .xlsx)", async () => {
    const r = await readWorkbook(text("№;Милдет;Чара\n1;a;b\n"), {
      lang: "ru",
      fileName: "plan.csv",
    });
    expect(!r.ok && r.fatal.message).toContain(coreCatalog("ru").unreadable.csv.replace(/\.$/, ""));
  });

  test("a ZIP whose parts would inflate beyond the memory limit is too large (zip bomb)", async () => {
    const bomb = writeZip(readZip(good), {
      declaredSize: (n) => (n === "xl/worksheets/sheet1.xml" ? 0xfff00000 : undefined),
    });
    expect((await reasonOf(bomb)).reason).toBe("too-large");
  });

  test("ZIP-level encryption is reported as encrypted", async () => {
    const b = Buffer.from(good);
    // Set the "encrypted" flag of the first central directory entry.
    const p = b.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(p).toBeGreaterThan(0);
    b.writeUInt16LE(b.readUInt16LE(p + 8) | 1, p + 8);
    expect((await reasonOf(new Uint8Array(b))).reason).toBe("encrypted");
  });

  test("a password-protected .xlsx (CFB with EncryptedPackage) is encrypted", async () => {
    const cfb = buildCompoundFile(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"]);
    expect(compoundFileNames(cfb)).toEqual([
      "Root Entry",
      "\u0006DataSpaces",
      "EncryptionInfo",
      "EncryptedPackage",
    ]);
    expect((await reasonOf(cfb)).reason).toBe("encrypted");
    // A damaged directory still betrays the encrypted stream by its name.
    const damaged = cfb.slice();
    damaged[0x1e] = 7;
    expect(compoundFileNames(damaged)).toBeNull();
    expect((await reasonOf(damaged)).reason).toBe("encrypted");
  });

  test("a legacy .xls (CFB with a Workbook or Book stream) is legacy-xls; a .doc is not .xlsx", async () => {
    expect(
      (await reasonOf(buildCompoundFile(["Workbook", "\u0005SummaryInformation"]))).reason
    ).toBe("legacy-xls");
    expect((await reasonOf(buildCompoundFile(["Book"]))).reason).toBe("legacy-xls");
    expect((await reasonOf(buildCompoundFile(["WordDocument", "1Table"]))).reason).toBe("not-xlsx");
  });

  test("a file over the size limit is refused with both sizes", async () => {
    const r = await reasonOf(good, "en", 1024);
    expect(r.reason).toBe("too-large");
    expect(r.message).toMatch(/\d+(\.\d)? MB > 0\.0 MB/);
  });

  test("a workbook with no sheets is empty", async () => {
    expect((await reasonOf(rawXlsx({ sheets: [] }))).reason).toBe("empty");
  });

  test("overlapping merges (which ExcelJS refuses) are read, not a crash", async () => {
    const odd = rawXlsx({
      sheets: [
        {
          name: "S",
          sheetData: `<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>`,
          after: `<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>`,
        },
      ],
    });
    const r = await readWorkbook(odd, { lang: "en" });
    expect(r.ok && r.book.sheets[0].rows).toEqual([["x"]]);
  });

  test.each(["ky", "ru", "en"] as const)(
    "the sentence names the file and the reason in %s",
    async (lang) => {
      const r = await readWorkbook(buildCompoundFile(["EncryptedPackage"]), {
        lang,
        fileName: "МЦРИТ-2025.xlsx",
      });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.fatal.message).toContain("МЦРИТ-2025.xlsx");
      expect(r.fatal.message).toContain(coreCatalog(lang).unreadable.encrypted.replace(/\.$/, ""));
      expect(r.fatal.message.split("\n")).toHaveLength(1);
    }
  );
});
