/** Sheet names: the Annex 2 names in every language, Excel's comparison and unique-name rules. */
import {
  ANNEX2_SHEET_NAMES,
  coreCatalog,
  isAnnex2Sheet,
  isGeneratedSheetName,
  MAX_SHEET_NAME,
  sameSheetName,
  uniqueName,
  uniqueSheetName,
} from "../../src/core";

describe("sheet names", () => {
  test("the Annex 2 sheet of every language, recognised as typed by hand", () => {
    expect(ANNEX2_SHEET_NAMES).toEqual(
      (["ky", "ru", "en"] as const).map((l) => coreCatalog(l).annex2.sheetName)
    );
    for (const n of ANNEX2_SHEET_NAMES) {
      expect(isAnnex2Sheet(n)).toBe(true);
      expect(isAnnex2Sheet(` ${n.toUpperCase()} `)).toBe(true);
      expect(isGeneratedSheetName(`${n} (2)`)).toBe(true);
    }
    expect(isAnnex2Sheet("1-таблица")).toBe(false);
  });

  test("names compare ignoring case; a taken name gets the first free suffix, cut to Excel's 31 characters", () => {
    expect(sameSheetName("Annex 2", "annex 2")).toBe(true);
    expect(sameSheetName("Annex 2", "Annex 21")).toBe(false);
    expect(uniqueName("Atkaruu~", ["Sheet1"])).toBe("Atkaruu~");
    expect(uniqueName("Atkaruu~", ["ATKARUU~", "atkaruu~_2"])).toBe("Atkaruu~_3");
    expect(uniqueSheetName("1-таблица", ["1-ТАБЛИЦА"])).toBe("1-таблица (2)");
    const long = "x".repeat(MAX_SHEET_NAME);
    expect(uniqueSheetName(long, [long])).toBe(`${"x".repeat(MAX_SHEET_NAME - 4)} (2)`);
    expect(uniqueName("Table1", ["table1"], { max: 255 })).toBe("Table1_2");
  });
});
