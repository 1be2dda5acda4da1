/** Group workbooks as grids, built from a few counts, for the rule tests. */
import type { CellValue, SheetGrid } from "../../../src/core";

export interface MemberSpec {
  readonly name?: string;
  readonly category?: CellValue;
  readonly sex?: CellValue;
  readonly birth?: CellValue;
  readonly role?: CellValue;
}

/** n members: `municipal` municipal employees, `deputies` deputies, the rest citizens; `women` women, the rest men; member 1 chairs. */
export function memberSpecs(
  n: number,
  o: { municipal?: number; deputies?: number; women?: number } = {}
): MemberSpec[] {
  const municipal = o.municipal ?? Math.floor(n / 4);
  const deputies = o.deputies ?? Math.floor(n / 4);
  const women = o.women ?? Math.floor(n / 2);
  return Array.from({ length: n }, (_, i) => ({
    name: `Мүчө ${i + 1}`,
    category:
      i < municipal
        ? "айыл өкмөтүнүн адиси"
        : i < municipal + deputies
          ? "айылдык кеңештин депутаты"
          : "жаран",
    sex: i < women ? "аял" : "эркек",
    birth: "01.01.1980",
    role: i === 0 ? "төрага" : "мүчө",
  }));
}

export const MEMBER_HEADER = [
  "№",
  "Аты-жөнү",
  "Категориясы",
  "Жынысы",
  "Туулган күнү",
  "Кызматы",
  "Топтогу ролу",
];

export function membersSheet(
  specs: readonly MemberSpec[],
  created: CellValue = "17.09.2024",
  header: readonly CellValue[] = MEMBER_HEADER
): SheetGrid {
  const rows: CellValue[][] = [
    ["БМжБ тобунун курамы"],
    ["Түзүлгөн күнү:", created],
    [],
    [...header],
  ];
  specs.forEach((m, i) => {
    const byKey: Record<string, CellValue> = {
      "№": i + 1,
      "Аты-жөнү": m.name ?? "",
      Категориясы: m.category ?? null,
      Жынысы: m.sex ?? null,
      "Туулган күнү": m.birth ?? null,
      Кызматы: "",
      "Топтогу ролу": m.role ?? null,
    };
    rows.push(header.map((h) => (typeof h === "string" ? (byKey[h] ?? null) : null)));
  });
  return { name: "Мүчөлөр", rows };
}

export function meetingsSheet(meetings: readonly (readonly [CellValue, CellValue])[]): SheetGrid {
  return {
    name: "Жыйналыштар",
    rows: [
      ["Жыйналыштар"],
      [],
      ["№", "Күнү", "Катышкан мүчөлөр", "Күн тартиби"],
      ...meetings.map(([d, p], i) => [i + 1, d, p, "маселе"]),
    ],
  };
}

export const ACT_HEADER = [
  "№",
  "Актынын күнү",
  "Максаты",
  "Объектиси",
  "Предмети",
  "Өткөрүлгөн орду",
  "Мөөнөттөрү",
  "Натыйжалары",
  "Сунуштамалар жана сунуштар",
  "Тиркемелер",
  "Тапшырылган күнү",
  "Объекттин жооп берген күнү",
  "Кеңешке маалымдалган күнү",
  "Көрүлгөн чаралар",
];

export function actRow(
  no: number,
  o: {
    delivered?: CellValue;
    responded?: CellValue;
    council?: CellValue;
    date?: CellValue;
    blank?: number;
  } = {}
): CellValue[] {
  const row: CellValue[] = [
    no,
    o.date ?? "01.03.2025",
    "Кызматтын сапатын баалоо",
    "Таза суу ишканасы",
    "Суу берүү",
    "Орто-Нура айылы",
    "01.03–05.03.2025",
    "Суу күнүнө 4 саат берилет",
    "Графикти бекитүү",
    "сүрөттөр",
    o.delivered ?? "06.03.2025",
    o.responded ?? null,
    o.council ?? null,
    "",
  ];
  if (o.blank !== undefined) row[o.blank] = null;
  return row;
}

export function actsSheet(
  rows: readonly CellValue[][],
  header: readonly CellValue[] = ACT_HEADER
): SheetGrid {
  return { name: "Актылар", rows: [["Актылар"], [], [...header], ...rows] };
}

export function holidaysSheet(days: readonly (readonly [CellValue, CellValue])[]): SheetGrid {
  return {
    name: "Майрамдар",
    rows: [["Майрамдар"], [], [], ["Күнү", "Түрү", "Аталышы"], ...days.map(([d, k]) => [d, k, ""])],
  };
}
