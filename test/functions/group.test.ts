/** WORKDAYS_DUE and GROUP_CHECK as Excel calls them: serial dates, text dates, ranges, blanks, errors. */
import { groupCheck, workdaysDue } from "../../src/functions/functions";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isoToSerial, serialToIso } from "../../src/core";
import { functionsCatalog } from "../../src/functions/i18n";
import { installCustomFunctionsShim, removeCustomFunctionsShim } from "./customFunctionsShim";

beforeEach(() => {
  installCustomFunctionsShim();
  delete (globalThis as { Office?: unknown }).Office;
});
afterEach(() => removeCustomFunctionsShim());

function thrown(call: () => unknown): { code: string; message?: string } {
  try {
    call();
  } catch (e) {
    return e as { code: string; message?: string };
  }
  throw new Error("expected an error");
}

describe("WORKDAYS_DUE", () => {
  test("a serial date or a text date; weekends and Nooruz skipped", () => {
    expect(serialToIso(workdaysDue(isoToSerial("2025-03-06"), 10))).toBe("2025-03-20");
    expect(serialToIso(workdaysDue("14.03.2025", 10))).toBe("2025-03-31");
  });
  test("without a holidays range the shipped Kurman Ait 2025 counts; a range replaces them, with its working Saturday", () => {
    expect(serialToIso(workdaysDue("30.05.2025", 10))).toBe("2025-06-16");
    const sheet = [
      ["Күнү", "Түрү"],
      [isoToSerial("2025-06-06"), "майрам"],
      ["14.06.2025", "жумушчу күн"],
      [0, 0],
    ];
    expect(serialToIso(workdaysDue("30.05.2025", 10, sheet))).toBe("2025-06-14");
    expect(serialToIso(workdaysDue("30.05.2025", 10, [[null]]))).toBe("2025-06-13");
  });
  test("bad arguments are #VALUE! with a sentence", () => {
    expect(thrown(() => workdaysDue("эртең", 10))).toMatchObject({ code: "#VALUE!" });
    expect(thrown(() => workdaysDue("30.05.2025", -1)).message).toMatch(/number of days/);
    expect(thrown(() => workdaysDue(null, 10)).message).toBe("Give the date the act was received.");
  });
});

describe("GROUP_CHECK", () => {
  const header = ["Аты-жөнү", "Категориясы", "Жынысы", "Топтогу ролу"];
  const row = (i: number, category: string, sex: string, role = "мүчө") => [
    `Мүчө ${i}`,
    category,
    sex,
    role,
  ];
  test("a valid group: one ok row", () => {
    const born = (r: unknown[]) => [...r, "01.01.1990"];
    const range = [
      [...header, "Туулган күнү"],
      ...[
        row(1, "жаран", "аял", "төрага"),
        row(2, "жаран", "эркек"),
        row(3, "жаран", "аял"),
        row(4, "депутат", "эркек"),
        row(5, "муниципалдык кызматкер", "эркек"),
      ].map(born),
    ];
    const r = groupCheck(range, "17.09.2024", "2025-01-01");
    expect(r).toEqual([
      ["ok", "No issues: 5 members, composition as the Typical Regulation requires."],
    ]);
  });
  test("issues one a row, code then message; blanks as Excel passes them", () => {
    const range = [
      header,
      row(1, "жаран", "аял"),
      row(2, "жаран", "аял"),
      row(3, "жаран", "аял"),
      row(4, "жаран", "аял"),
      [0, 0, 0, 0],
    ];
    const codes = groupCheck(range, isoToSerial("2024-09-17"), isoToSerial("2025-01-01")).map(
      (r) => r[0]
    );
    expect(codes).toEqual([
      "missing-birth-date",
      "group-size",
      "group-even",
      "municipal-share",
      "deputy-share",
      "sex-share",
      "no-chair",
    ]);
  });
  test("without a creation date the message names the formula's argument (its name in each locale), not the CLI's flag", () => {
    const range = [
      ["Аты-жөнү", "Категориясы", "Жынысы", "Топтогу ролу", "Туулган күнү"],
      ...[1, 2, 3, 4, 5].map((i) => [`Мүчө ${i}`, "жаран", "аял", "мүчө", "01.01.1990"]),
    ];
    const issue = groupCheck(range, null, "2025-01-01").find(
      (r) => r[0] === "missing-creation-date"
    );
    expect(issue?.[1]).toBe(
      "The group's creation date is not found: write “Created: dd.mm.yyyy” above the members table (or give it as the formula's second argument, created)."
    );
    for (const lang of ["ky", "ru"] as const) {
      const locale = JSON.parse(
        readFileSync(
          join(__dirname, "..", "..", "src", "functions", "locales", `functions-${lang}.json`),
          "utf8"
        )
      ) as { functions: { id: string; parameters: { name: string }[] }[] };
      const argument = locale.functions.find((f) => f.id === "GROUP_CHECK")!.parameters[1].name;
      expect(functionsCatalog(lang).groupCreatedArgument).toContain(`«${argument}»`);
    }
  });
  test("a range without a members table is #N/A", () => {
    expect(
      thrown(() =>
        groupCheck([
          ["x", "y"],
          [1, 2],
        ])
      )
    ).toMatchObject({ code: "#N/A" });
  });
});
