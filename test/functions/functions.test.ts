/**
 * The custom functions as Excel calls them: ranges as rows of cells, blank cells in both conventions
 * (desktop passes 0, the web null or ""), numbers, booleans and error values in ranges, and errors
 * returned as CustomFunctions.Error (the runtime stand-in is installed as Office's would be).
 */
import {
  countStatus,
  deadlineEnd,
  deadlineType,
  executionLevelPercent,
  isOverdue,
  itemList,
  statusCategory,
} from "../../src/functions/functions";
import { FunctionError } from "../../src/functions/errors";
import {
  installCustomFunctionsShim,
  removeCustomFunctionsShim,
  ShimError,
} from "./customFunctionsShim";

/** A column range as Excel passes it. */
const col = (...cells: unknown[]): unknown[][] => cells.map((c) => [c]);
/** What a call threw; fails the test when it returned instead. */
function thrown(call: () => unknown): { code: string; message?: string } {
  let result: unknown;
  try {
    result = call();
  } catch (e) {
    return e as { code: string; message?: string };
  }
  throw new Error(`expected an error, got ${JSON.stringify(result)}`);
}
/** An error cell as Excel hands it to a function with allowErrorForDataTypeAny. */
const errorCell = (code: "#N/A" | "#VALUE!" | "#DIV/0!" | "#REF!" | "#NAME?"): unknown => {
  const e = Object.create(ShimError.prototype) as { code: string };
  e.code = code; // input errors include #REF! and #NAME?, which a function cannot construct itself
  return e;
};

beforeEach(() => {
  installCustomFunctionsShim();
  delete (globalThis as { Office?: unknown }).Office;
});
afterAll(() => removeCustomFunctionsShim());

const STATUSES = col(
  "Мөөнөтүндө аткарылды. Портал ишке киргизилди", // on time
  "Исполнено с нарушением срока; акт от 12.03.2025", // late
  "Аткарууда, техникалык тапшырма даярдалды", // in progress
  "не исполнено", // not completed (contains "исполнено")
  "Аткарылды жарым-жартылай" // partially → not completed
);

describe("EXECUTION_LEVEL", () => {
  test("completed on time and late both count; partially and negatives do not", () => {
    expect(executionLevelPercent(STATUSES)).toBeCloseTo(40, 10);
  });

  test("plain completed counts; wordings in three languages and Latin look-alikes", () => {
    expect(
      executionLevelPercent(
        col(
          "Аткарылды",
          "Исполнено",
          "Completed on time",
          "Aткарылды",
          "In progress",
          "в процессе исполнения"
        )
      )
    ).toBeCloseTo((4 / 6) * 100, 10);
  });

  test('blank cells are not measures, in every convention (0, null, undefined, "", spaces)', () => {
    const web = col("Исполнено", null, "", "Аткарууда", "   ");
    const desktop = col("Исполнено", 0, 0, "Аткарууда", 0);
    const omitted = col("Исполнено", undefined, "Аткарууда");
    expect(executionLevelPercent(web)).toBe(50);
    expect(executionLevelPercent(desktop)).toBe(50);
    expect(executionLevelPercent(omitted)).toBe(50);
  });

  test("numbers, booleans and dates in statuses are unrecognised statuses: measures, not completed", () => {
    expect(
      executionLevelPercent(col("Исполнено", 5, true, false, new Date(Date.UTC(2025, 0, 1))))
    ).toBe(20);
  });

  test("error cells in statuses count as measures not completed (as the core's formula-error cells)", () => {
    const cells = col(
      "Исполнено",
      errorCell("#N/A"),
      { type: "Error", basicValue: "#DIV/0!", errorType: "Div0" },
      "#VALUE!"
    );
    expect(executionLevelPercent(cells)).toBe(25);
  });

  test("rich values are read by their basic value", () => {
    expect(
      executionLevelPercent(
        col(
          { type: "String", basicValue: "Исполнено в срок" },
          { type: "Empty", basicValue: "" },
          "Аткарууда"
        )
      )
    ).toBe(50);
  });

  test("with measures: every non-blank measure row is a measure, a blank status is not completed", () => {
    const statuses = col("Исполнено", "", 0, "Аткарууда", "Исполнено", null);
    const measures = col("Портал", "Закон", "Обучение", 0, null, "Реестр");
    // measures rows 1, 2, 3, 6: Исполнено, blank, blank(0), blank(null) → 1 of 4; rows 4 and 5 have no measure.
    expect(executionLevelPercent(statuses, measures)).toBe(25);
  });

  test("with measures in the desktop convention gives the same as on the web", () => {
    const statuses = col("Исполнено", null, "Аткарууда");
    expect(executionLevelPercent(statuses, col("A", "B", ""))).toBe(50);
    expect(executionLevelPercent(statuses, col("A", "B", 0))).toBe(50);
  });

  test("an error cell in measures is still a measure", () => {
    expect(executionLevelPercent(col("Исполнено", "Аткарууда"), col(errorCell("#N/A"), "B"))).toBe(
      50
    );
  });

  test("an omitted measures argument (null or undefined) is no measures argument", () => {
    expect(executionLevelPercent(STATUSES, null as unknown as unknown[][])).toBeCloseTo(40, 10);
    expect(executionLevelPercent(STATUSES, undefined)).toBeCloseTo(40, 10);
  });

  test("a row of statuses works like a column", () => {
    expect(executionLevelPercent([["Исполнено", "Аткарууда", 0, null]])).toBe(50);
    expect(executionLevelPercent([["Исполнено", "Аткарууда"]], col("A", "B"))).toBe(50);
  });

  test("no measures → #N/A with a message, never 0 and never #DIV/0!", () => {
    for (const empty of [
      col(null, "", 0, "  "),
      [] as unknown[][],
      [[]] as unknown[][],
      col("—"),
    ]) {
      const e = thrown(() => executionLevelPercent(empty));
      expect(e).toBeInstanceOf(ShimError);
      expect(e.code).toBe("#N/A");
      expect(e.message).toMatch(/no measures/);
    }
    const e = thrown(() => executionLevelPercent(col("Исполнено", "Аткарууда"), col("", 0)));
    expect(e.code).toBe("#N/A");
  });

  test("a block of several rows and columns → #VALUE!", () => {
    const e = thrown(() =>
      executionLevelPercent([
        ["Исполнено", "Аткарууда"],
        ["Исполнено", "Аткарууда"],
      ])
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/one column/);
  });

  test("measures of another size → #VALUE! naming both sizes", () => {
    const e = thrown(() =>
      executionLevelPercent(col("Исполнено", "Аткарууда"), col("A", "B", "C"))
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/2.*3/);
  });

  test("messages follow the Office display language", () => {
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "ru-RU" } };
    expect(thrown(() => executionLevelPercent(col(null))).message).toMatch(/нет мероприятий/);
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "ky-KG" } };
    expect(thrown(() => executionLevelPercent(col(null))).message).toMatch(/чара жок/);
  });

  test("without the Office runtime the same error is thrown as a FunctionError", () => {
    removeCustomFunctionsShim();
    const e = thrown(() => executionLevelPercent(col(null)));
    expect(e).toBeInstanceOf(FunctionError);
    expect(e.code).toBe("#N/A");
  });

  test("a large range with progress text", () => {
    const big = Array.from({ length: 30_000 }, (_, i) => [
      i % 3 === 0 ? `Исполнено в срок. Акт №${i}` : i % 3 === 1 ? `Аткарууда: ${i}` : 0,
    ]);
    expect(executionLevelPercent(big)).toBe(50);
  });
});

describe("COUNT_STATUS", () => {
  const cells = col(
    "Исполнено в срок",
    "Аткарылды", // plain completed: on time (SPEC Rule, no date)
    "Мөөнөтүн бузуу менен аткарылды",
    "Аткарууда",
    "не выполнено",
    "Частично исполнено",
    "Исполнено?? наверное", // "исполнено" then noise: still completed
    "абракадабра", // unrecognised
    5, // unrecognised
    errorCell("#N/A"), // unrecognised
    0,
    null,
    ""
  );

  test("by code", () => {
    expect(countStatus(cells, "completed")).toBe(4);
    expect(countStatus(cells, "on_time")).toBe(3);
    expect(countStatus(cells, "late")).toBe(1);
    expect(countStatus(cells, "in_progress")).toBe(1);
    expect(countStatus(cells, "not_completed")).toBe(5);
    expect(countStatus(cells, "unknown")).toBe(3);
  });

  test("completed + in progress + not completed = every non-blank status cell", () => {
    const total =
      countStatus(cells, "completed") +
      countStatus(cells, "in_progress") +
      countStatus(cells, "not_completed");
    expect(total).toBe(10);
  });

  test("by wording in Kyrgyz, Russian or English, and codes written loosely", () => {
    expect(countStatus(cells, "Исполнено в срок")).toBe(3);
    expect(countStatus(cells, "мөөнөтүндө аткарылды")).toBe(3);
    expect(countStatus(cells, "Аткарылды")).toBe(4);
    expect(countStatus(cells, "completed late")).toBe(1);
    expect(countStatus(cells, "В процессе исполнения")).toBe(1);
    expect(countStatus(cells, "не исполнено")).toBe(5);
    expect(countStatus(cells, "On time")).toBe(3);
    expect(countStatus(cells, "in-progress")).toBe(1);
    expect(countStatus(cells, " NOT_COMPLETED ")).toBe(5);
    expect(countStatus(cells, "Таанылбаган статус")).toBe(3);
  });

  test("a block of several columns is counted cell by cell", () => {
    expect(
      countStatus(
        [
          ["Исполнено", "Аткарууда"],
          [0, "Исполнено в срок"],
        ],
        "completed"
      )
    ).toBe(2);
  });

  test("an unknown or blank category → #VALUE! listing the codes", () => {
    for (const bad of ["всё подряд", "", 0, null, true]) {
      const e = thrown(() => countStatus(cells, bad));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toMatch(/completed, on_time, late, in_progress, not_completed/);
    }
  });

  test("an error in the category is passed on", () => {
    expect(thrown(() => countStatus(cells, errorCell("#N/A"))).code).toBe("#N/A");
    const ref = thrown(() => countStatus(cells, errorCell("#REF!")));
    expect(ref.code).toBe("#VALUE!");
    expect(ref.message).toMatch(/#REF!/);
  });
});

describe("STATUS_CATEGORY", () => {
  test("categories of wordings; blank → missing; unrecognised → unknown", () => {
    expect(statusCategory("Мөөнөтүндө аткарылды. Портал иштейт")).toBe("on_time");
    expect(statusCategory("Исполнено с нарушением срока")).toBe("late");
    expect(statusCategory("Исполнено")).toBe("completed");
    expect(statusCategory("ишке ашырылууда")).toBe("in_progress");
    expect(statusCategory("Аткарылган жок")).toBe("not_completed");
    expect(statusCategory("абракадабра")).toBe("unknown");
    expect(statusCategory(42)).toBe("unknown");
    expect(statusCategory(true)).toBe("unknown");
    for (const blank of [null, "", 0, undefined, "  "])
      expect(statusCategory(blank)).toBe("missing");
  });

  test("plain completed is resolved by the dates (SPEC Rule)", () => {
    const deadline = "IV квартал 2024 года"; // ends 31.12.2024
    expect(statusCategory("Исполнено", 45672, deadline)).toBe("late"); // 15.01.2025
    expect(statusCategory("Исполнено", "15.01.2025", deadline)).toBe("late");
    expect(statusCategory("Исполнено", 45657, deadline)).toBe("on_time"); // 31.12.2024, the last day
    expect(statusCategory("Исполнено", "30.09.2024", deadline)).toBe("on_time");
    // A deadline without a completion date: on time (the core warns missing-completion-date).
    expect(statusCategory("Исполнено", null, deadline)).toBe("on_time");
    expect(statusCategory("Исполнено", 0, deadline)).toBe("on_time");
    // An ongoing deadline has no end: on time.
    expect(statusCategory("Аткарылды", "15.01.2025", "туруктуу")).toBe("on_time");
  });

  test("blank dates in either convention leave plain completed unresolved", () => {
    expect(statusCategory("Исполнено", 0, 0)).toBe("completed");
    expect(statusCategory("Исполнено", "", null)).toBe("completed");
  });

  test("explicit timeliness is kept; dates do not change other categories", () => {
    expect(statusCategory("Исполнено в срок", "15.01.2025", "IV квартал 2024 года")).toBe(
      "on_time"
    );
    expect(statusCategory("Аткарууда", "15.01.2025", "IV квартал 2024 года")).toBe("in_progress");
    expect(statusCategory("", "15.01.2025", "2024")).toBe("missing");
  });

  test("a completion date that is not a date → #VALUE! with the core's message", () => {
    const e = thrown(() => statusCategory("Исполнено", "вчера", "2024"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/“вчера”/);
    expect(thrown(() => statusCategory("Исполнено", true, "2024")).code).toBe("#VALUE!");
  });

  test("a deadline that is not understood → #VALUE! with the core's message", () => {
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "ru-RU" } };
    const e = thrown(() => statusCategory("Исполнено", "15.01.2025", "когда-нибудь"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/Срок «когда-нибудь» не распознан/);
  });

  test("errors in arguments are passed on", () => {
    expect(thrown(() => statusCategory(errorCell("#N/A"))).code).toBe("#N/A");
    expect(thrown(() => statusCategory(errorCell("#DIV/0!"))).code).toBe("#DIV/0!");
    expect(thrown(() => statusCategory("Исполнено", errorCell("#VALUE!"))).code).toBe("#VALUE!");
    expect(thrown(() => statusCategory("Исполнено", null, errorCell("#NAME?"))).code).toBe(
      "#VALUE!"
    );
  });
});

describe("DEADLINE_TYPE and DEADLINE_END", () => {
  test("types", () => {
    expect(deadlineType("IV квартал 2024 года")).toBe("fixed");
    expect(deadlineType("2025-жылдын I жарым жылдыгы")).toBe("fixed");
    expect(deadlineType("постоянно")).toBe("ongoing");
    expect(deadlineType("этабы менен")).toBe("staged");
    expect(deadlineType("2024-2028-жылдар, этабы менен")).toBe("staged");
    expect(deadlineType(45657)).toBe("fixed"); // a date cell
    expect(deadlineType(2025)).toBe("fixed"); // a year typed as a number
  });

  test("end dates as Excel serials", () => {
    expect(deadlineEnd("IV квартал 2024 года")).toBe(45657);
    expect(deadlineEnd("2024-2026-жылдар")).toBe(46387);
    expect(deadlineEnd("2024-2028-жылдар, этабы менен")).toBe(47118);
    expect(deadlineEnd("2025-жылдын I жарым жылдыгы")).toBe(45838);
    expect(deadlineEnd("до 1 июля 2026 года")).toBe(46204);
    expect(deadlineEnd(45657.75)).toBe(45657); // a date-time cell: the day
    expect(
      deadlineEnd({ type: "FormattedNumber", basicValue: 45657, numberFormat: "dd.mm.yyyy" })
    ).toBe(45657);
  });

  test("no end date → #N/A saying why", () => {
    const e = thrown(() => deadlineEnd("постоянно"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/no end date \(ongoing\)/);
    expect(thrown(() => deadlineEnd("поэтапно")).message).toMatch(/in stages/);
  });

  test("blank (either convention) → #N/A; not understood → #VALUE!", () => {
    for (const blank of [null, "", 0, undefined]) {
      expect(thrown(() => deadlineType(blank)).code).toBe("#N/A");
      expect(thrown(() => deadlineEnd(blank)).code).toBe("#N/A");
    }
    for (const bad of ["когда-нибудь", true, 17]) {
      expect(thrown(() => deadlineType(bad)).code).toBe("#VALUE!");
      expect(thrown(() => deadlineEnd(bad)).code).toBe("#VALUE!");
    }
  });

  test("an error cell is passed on", () => {
    expect(thrown(() => deadlineEnd(errorCell("#N/A"))).code).toBe("#N/A");
    expect(thrown(() => deadlineType("#N/A")).code).toBe("#N/A"); // error text as Office.js gives it
  });
});

describe("IS_OVERDUE", () => {
  const asOf = 45838; // 30.06.2025

  test("not completed and the deadline ended before the as-of date", () => {
    expect(isOverdue("IV квартал 2024 года", "Аткарууда", asOf)).toBe(true);
    expect(isOverdue("IV квартал 2024 года", "не исполнено", asOf)).toBe(true);
    expect(isOverdue("IV квартал 2024 года", "", asOf)).toBe(true); // a blank status is not completed
    expect(isOverdue("IV квартал 2024 года", "абракадабра", asOf)).toBe(true);
  });

  test("completed (on time, late or plain) is never overdue", () => {
    expect(isOverdue("IV квартал 2024 года", "Исполнено", asOf)).toBe(false);
    expect(isOverdue("IV квартал 2024 года", "Исполнено с нарушением срока", asOf)).toBe(false);
  });

  test("the deadline ends on or after the as-of date: not overdue", () => {
    expect(isOverdue("2025-жылдын I жарым жылдыгы", "Аткарууда", asOf)).toBe(false); // ends 30.06.2025
    expect(isOverdue("2025-жылдын I жарым жылдыгы", "Аткарууда", "01.07.2025")).toBe(true);
  });

  test("deadlines without an end, and blank deadlines, are never overdue", () => {
    expect(isOverdue("постоянно", "Аткарууда", asOf)).toBe(false);
    expect(isOverdue("поэтапно", "Аткарууда", asOf)).toBe(false);
    expect(isOverdue(null, "Аткарууда", asOf)).toBe(false);
    expect(isOverdue(0, "Аткарууда", asOf)).toBe(false);
  });

  test("as-of date defaults to today (blank in either convention)", () => {
    expect(isOverdue("2001 год", "Аткарууда")).toBe(true);
    expect(isOverdue("2001 год", "Аткарууда", 0)).toBe(true);
    expect(isOverdue("2001 год", "Аткарууда", "")).toBe(true);
    expect(isOverdue("2099 год", "Аткарууда", null)).toBe(false);
  });

  test("unusable arguments → #VALUE!; errors passed on", () => {
    expect(thrown(() => isOverdue("когда-нибудь", "Аткарууда", asOf)).code).toBe("#VALUE!");
    const e = thrown(() => isOverdue("2024", "Аткарууда", "завтра"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/“завтра”/);
    expect(thrown(() => isOverdue("2024", errorCell("#N/A"), asOf)).code).toBe("#N/A");
  });
});

describe("ITEM_LIST", () => {
  test("compressed, sorted, unique; blanks skipped in every convention", () => {
    expect(itemList(col(3, 4, 5, 9, 12))).toBe("3-5, 9, 12");
    expect(itemList(col(12, 0, "5", null, 3, "", 4, "4.", 9, "  "))).toBe("3-5, 9, 12");
    expect(
      itemList([
        [1, 2],
        [0, 7],
      ])
    ).toBe("1, 2, 7");
  });

  test("ids of other plans stay as text, in natural order", () => {
    expect(itemList(col("1.10", "1.2", "№ 3", "п. 4"))).toBe("1.2, 1.10, 3, 4");
  });

  test("no items → empty text", () => {
    expect(itemList(col(null, 0, ""))).toBe("");
  });

  test("booleans → #VALUE!; error cells passed on", () => {
    expect(thrown(() => itemList(col(1, true))).code).toBe("#VALUE!");
    expect(thrown(() => itemList(col(1, errorCell("#N/A")))).code).toBe("#N/A");
    expect(thrown(() => itemList([[errorCell("#REF!")]])).code).toBe("#VALUE!");
  });
});
