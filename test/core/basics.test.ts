/** Small pure helpers: folding, cell values, dates, addresses, the blank Table 1 template. */
import {
  a1,
  buildTemplate,
  cellDate,
  classifyRole,
  classifyStatus,
  cellErrorText,
  cellText,
  columnLetter,
  coreCatalog,
  findTable,
  formatDmy,
  isEmptyCell,
  isIsoDate,
  isoToSerial,
  itemNumber,
  normalize,
  parseA1,
  parseDateText,
  rangeA1,
  serialToIso,
  TEMPLATE_COLUMNS,
} from "../../src/core";

describe("normalize", () => {
  test("lower case, collapsed spacing, punctuation as spaces", () => {
    expect(normalize("  Чара/ ИШ-аракет\n(продукт) ")).toBe("чара иш аракет продукт");
  });
  test("Latin look-alikes fold to Cyrillic; Kyrgyz letters and their stand-ins fold to о, у, н", () => {
    expect(normalize("Aткарылды")).toBe(normalize("Аткарылды"));
    expect(normalize("ӨҮҢ өүң ö ü ñ ѳ ӧ ӱ")).toBe("оун оун о у н о о у");
  });
  test("invisible characters do not split words", () =>
    expect(normalize("ат\u00adка\u200bрылды")).toBe("аткарылды"));
});

describe("cells", () => {
  test("visible text", () => {
    expect(cellText(null)).toBe("");
    expect(cellText("  x ")).toBe("x");
    expect(cellText(12)).toBe("12");
    expect(cellText(Number.NaN)).toBe("");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(new Date(Date.UTC(2025, 0, 5)))).toBe("05.01.2025");
    expect(cellText({ error: "#N/A" })).toBe("#N/A");
  });
  test("errors from files and from Office.js", () => {
    expect(cellErrorText({ error: "#REF!" })).toBe("#REF!");
    expect(cellErrorText("#N/A")).toBe("#N/A");
    expect(cellErrorText("#DIV/0!")).toBe("#DIV/0!");
    expect(cellErrorText("#5 пункт")).toBeNull();
    expect(cellErrorText(3)).toBeNull();
  });
  test("empty", () => {
    expect([null, undefined, "", "  ", 0, "0", false].map((v) => isEmptyCell(v as never))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
  test("item numbers", () => {
    expect(
      [12, "12", "12.", "1.2", "1.2.", " 7 ", "№ 12", "№12", "п. 5", "12)", "А-1", null].map((v) =>
        itemNumber(v)
      )
    ).toEqual(["12", "12", "12", "1.2", "1.2", "7", "12", "12", "5", "12", "А-1", ""]);
  });
});

describe("dates", () => {
  test("Excel serials (1900 system) ⇄ ISO", () => {
    expect(serialToIso(45658)).toBe("2025-01-01");
    expect(serialToIso(45838.99)).toBe("2025-06-30");
    expect(isoToSerial("2025-06-30")).toBe(45838);
    expect(isoToSerial("1900-03-01")).toBe(61);
  });
  test("date text", () => {
    expect(parseDateText("01.07.2026")).toBe("2026-07-01");
    expect(parseDateText("1/7/26")).toBe("2026-07-01");
    expect(parseDateText("01.07.2026 ж.")).toBe("2026-07-01");
    expect(parseDateText("2026-07-01")).toBe("2026-07-01");
    expect(parseDateText("31.02.2025")).toBeNull();
    expect(parseDateText("эртең")).toBeNull();
  });
  test("a cell where a date is expected: undefined when empty, null when not a date", () => {
    expect(cellDate(null)).toBeUndefined();
    expect(cellDate("  ")).toBeUndefined();
    expect(cellDate(45838)).toBe("2025-06-30");
    expect(cellDate(new Date(Date.UTC(2025, 5, 30)))).toBe("2025-06-30");
    expect(cellDate("30.06.2025")).toBe("2025-06-30");
    expect(cellDate(7)).toBeNull();
    expect(cellDate("xyz")).toBeNull();
  });
  test("formatting and validation", () => {
    expect(formatDmy("2025-06-30")).toBe("30.06.2025");
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2024-02-29")).toBe(true);
  });
});

describe("addresses", () => {
  test("A1 both ways", () => {
    expect(columnLetter(0)).toBe("A");
    expect(columnLetter(25)).toBe("Z");
    expect(columnLetter(26)).toBe("AA");
    expect(columnLetter(701)).toBe("ZZ");
    expect(a1(11, 5)).toBe("F12");
    expect(parseA1("F12")).toEqual({ row: 11, col: 5 });
    expect(parseA1("$AA$3")).toEqual({ row: 2, col: 26 });
    expect(parseA1("F0")).toBeNull();
    expect(rangeA1(0, 0, 39, 6)).toBe("A1:G40");
  });
});

describe.each(["ky", "ru", "en"] as const)("the blank Table 1 template in %s", (lang) => {
  const model = buildTemplate(lang);
  const c = coreCatalog(lang);
  test("is found as Table 1 by the core itself, with every column mapped and the numbering row skipped", () => {
    const rows: (string | number | null)[][] = [];
    for (const cell of model.cells) {
      rows[cell.row] ??= [];
      rows[cell.row][cell.col] = cell.value;
    }
    const found = findTable([{ name: model.name, rows: Array.from(rows, (r) => r ?? []) }]);
    expect(found.ok).toBe(true);
    if (found.ok) {
      expect(found.layout.headerRow).toBe(2);
      expect(found.layout.firstDataRow).toBe(4);
      expect(Object.keys(found.layout.columns).sort()).toEqual([...TEMPLATE_COLUMNS].sort());
    }
  });
  test("drop-downs of status and role wordings in this language, recognised by the core", () => {
    const [status, role] = model.validations!;
    expect(status.values).toEqual(c.template.statusChoices);
    expect(role.values).toEqual(c.template.roleChoices);
    expect(status.errorStyle).toBe("warning"); // progress notes may follow the status
    expect(status.values.map((v) => classifyStatus(v))).toEqual([
      "on_time",
      "late",
      "completed",
      "in_progress",
      "not_completed",
    ]);
    expect(role.values.map((v) => classifyRole(v))).toEqual(["lead", "co"]);
    expect(model.print.orientation).toBe("landscape");
  });
});
