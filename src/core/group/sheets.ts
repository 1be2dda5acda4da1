/**
 * Finding the group workbook's sheets by their headers, like Table 1 (SPEC: "Sheets are found by
 * their headers like Table 1, their names being a hint"): in each sheet, the first row within the
 * first 30 where enough of a kind's headers are recognised is its header row; a sheet goes to the
 * kind it matches best, and sheets named like the kind are looked at first.
 */
import { cellText } from "../cells";
import { compileWordings, matchWordings } from "../headers";
import type { Wordings } from "../headers";
import { normalize } from "../normalize";
import { HEADER_SEARCH_ROWS, isNumberingRow } from "../table1";
import type { SheetGrid } from "../types";
import type {
  ActKey,
  GroupLayout,
  GroupSheetKind,
  HolidayKey,
  MeetingKey,
  MemberKey,
  WorkPlanKey,
} from "./types";

const NO = ["no", "n", "nn", "nº", "п п", "номер*", "#"];

const MEMBER_WORDINGS = compileWordings<MemberKey>([
  ["birth", ["туулган*", "дата рождения*", "год рождения*", "date of birth*", "birth*", "born*"]],
  ["age", ["жашы*", "курагы*", "возраст*", "age*"]],
  ["sex", ["жынысы*", "жыныс*", "пол", "sex*", "gender*"]],
  [
    "category",
    [
      "категория*",
      "категориясы*",
      "курамдагы категория*",
      "кимдин атынан*",
      "ким тарабынан*",
      "кимдин окулу*",
      "представляет*",
      "кого представляет*",
      "category*",
      "represents*",
    ],
  ],
  [
    "role",
    [
      "топтогу ролу*",
      "топтогу орду*",
      "топтогу милдети*",
      "ролу*",
      "роль*",
      "role*",
      "статус в группе*",
      "роль в группе*",
    ],
  ],
  [
    "position",
    [
      "ээлеген кызматы*",
      "кызматы*",
      "иштеген жери*",
      "жумуш орду*",
      "должность*",
      "место работы*",
      "position*",
      "occupation*",
      "job*",
    ],
  ],
  [
    "name",
    [
      "аты жону*",
      "аты*",
      "толук аты*",
      "мучонун аты*",
      "фамилиясы*",
      "ф и о",
      "фио",
      "фамилия*",
      "name*",
      "full name*",
      "member*",
    ],
  ],
  ["no", NO],
]);

const MEETING_WORDINGS = compileWordings<MeetingKey>([
  [
    "present",
    [
      "катышкан*",
      "катышкандар*",
      "катышуучу*",
      "катышты*",
      "мучолордун катышуусу*",
      "присутств*",
      "число присутств*",
      "кол во присутств*",
      "present*",
      "attend*",
      "members present*",
    ],
  ],
  [
    "agenda",
    [
      "кун тартиби*",
      "каралган маселе*",
      "маселе*",
      "повестка*",
      "рассмотренные вопрос*",
      "agenda*",
      "items discussed*",
    ],
  ],
  ["minutes", ["протокол*", "minutes*", "кол коюлган*", "подписан*", "signed*"]],
  ["date", ["жыйналыштын куну*", "откорулгон куну*", "куну*", "датасы*", "дата*", "date*"]],
  ["no", NO],
]);

const WORK_PLAN_WORDINGS = compileWordings<WorkPlanKey>([
  [
    "method",
    ["ыкма*", "ыкмасы*", "усул*", "мониторингдин ыкмасы*", "метод*", "способ*", "method*"],
  ],
  ["subject", ["предмет*", "предмети*", "мониторингдин предмети*", "тема*", "subject*"]],
  ["object", ["объект*", "объектиси*", "мониторингдин объектиси*", "object*"]],
  [
    "when",
    [
      "моонот*",
      "моонотту*",
      "откоруу моонот*",
      "датасы*",
      "мезгил*",
      "убакыт*",
      "срок*",
      "дата*",
      "период*",
      "dates*",
      "date*",
      "when*",
      "period*",
      "timing*",
    ],
  ],
  ["no", NO],
]);

const ACT_WORDINGS = compileWordings<ActKey>([
  [
    "council",
    [
      "кенешке*",
      "жергиликтуу кенешке*",
      "аткаруу органынын кенешке*",
      "аткаруу органынын маалымда*",
      "аткаруу органынын отчет*",
      "информирование кенеш*",
      "дата информирования*",
      "отчет кенеш*",
      "отчет исполнительного*",
      "council*",
      "report to the council*",
      "date reported to the council*",
    ],
  ],
  [
    "responded",
    [
      "объекттин жооб*",
      "объекттин жооп*",
      "жооп*",
      "жообу*",
      "дата ответа*",
      "ответ*",
      "response*",
      "reply*",
      "answered*",
      "object s response*",
      "date of response*",
    ],
  ],
  [
    "delivered",
    [
      "тапшырылган*",
      "жиберилген*",
      "актыны тапшыр*",
      "актыны жибер*",
      "объектке тапшыр*",
      "алынган*",
      "дата вручения*",
      "дата передачи*",
      "дата направления*",
      "вручен*",
      "направлен*",
      "delivered*",
      "date delivered*",
      "sent*",
      "received*",
    ],
  ],
  [
    "measures",
    ["корулгон чара*", "чаралар*", "принятые меры*", "меры*", "measures*", "actions taken*"],
  ],
  [
    "recommendations",
    ["сунуштама*", "сунуш*", "рекомендаци*", "предложени*", "recommendation*", "proposal*"],
  ],
  [
    "findings",
    [
      "натыйжа*",
      "жыйынтык*",
      "табылган*",
      "фактылар*",
      "баалоонун натыйжа*",
      "мониторингдин натыйжа*",
      "результат*",
      "выявлен*",
      "факты*",
      "findings*",
      "results*",
    ],
  ],
  ["attachments", ["тиркеме*", "приложени*", "attachment*", "annex*"]],
  ["purpose", ["максаты*", "максат*", "мониторингдин максаты*", "цель*", "purpose*", "aim*"]],
  ["subject", ["предмет*", "предмети*", "мониторингдин предмети*", "subject*"]],
  ["object", ["объект*", "объектиси*", "мониторингдин объектиси*", "object*"]],
  [
    "place",
    [
      "откорулгон жери*",
      "откорулгон орду*",
      "откоруу орду*",
      "мониторинг жургузулгон жер*",
      "жери*",
      "орду*",
      "место*",
      "place*",
      "location*",
      "venue*",
    ],
  ],
  [
    "period",
    [
      "моонот*",
      "моонотторуу*",
      "мезгил*",
      "убакыт*",
      "сроки*",
      "срок*",
      "период*",
      "period*",
      "dates*",
      "timing*",
    ],
  ],
  [
    "date",
    [
      "актынын куну*",
      "актынын датасы*",
      "акт тузулгон куну*",
      "дата акта*",
      "дата составления*",
      "act date*",
      "date of the act*",
      "куну*",
      "датасы*",
      "дата*",
      "date*",
    ],
  ],
  ["no", [...NO, "актынын номери*", "акт но*", "акт n*"]],
]);

const HOLIDAY_WORDINGS = compileWordings<HolidayKey>([
  ["kind", ["туру*", "тури*", "кундун туру*", "вид*", "тип*", "kind*", "type*"]],
  ["source", ["булагы*", "негизи*", "негиз*", "источник*", "основание*", "source*"]],
  ["name", ["аталышы*", "майрам*", "наименование*", "название*", "праздник*", "name*", "holiday*"]],
  ["date", ["куну*", "датасы*", "дата*", "date*"]],
]);

interface KindSpec {
  readonly wordings: Wordings<string>;
  /** Recognised columns a header row needs. */
  readonly min: number;
  /** Keys without which the row is not this kind's header. */
  readonly anchors: readonly string[];
  readonly hint: RegExp;
}

/** Each kind's headers and the name hint of its sheet (Kyrgyz, Russian, English). */
export const KIND_SPECS: Readonly<Record<GroupSheetKind, KindSpec>> = {
  members: {
    wordings: MEMBER_WORDINGS,
    min: 3,
    anchors: ["name"],
    hint: /мүчө|муче|состав|член|member/i,
  },
  meetings: {
    wordings: MEETING_WORDINGS,
    min: 2,
    anchors: ["date"],
    hint: /жыйналыш|заседан|собран|meeting/i,
  },
  workPlan: {
    wordings: WORK_PLAN_WORDINGS,
    min: 3,
    anchors: ["object"],
    hint: /иш\s*план|план\s*работ|work\s*plan|plan/i,
  },
  acts: { wordings: ACT_WORDINGS, min: 4, anchors: ["object", "recommendations"], hint: /акт/i },
  holidays: {
    wordings: HOLIDAY_WORDINGS,
    min: 2,
    anchors: ["date", "kind"],
    hint: /майрам|праздн|holiday/i,
  },
};

/** The key a header cell names for one kind of sheet, or null. */
export function groupHeaderKey<K extends string>(kind: GroupSheetKind, header: string): K | null {
  const raw = header.trim();
  if (raw === "") return null;
  if (raw.startsWith("№") || raw === "#") return "no" as K;
  return matchWordings(normalize(raw), KIND_SPECS[kind].wordings) as K | null;
}

/** The best header row of one kind in a sheet, with its recognised-column count, or null. */
export function findLayout<K extends string>(
  grid: SheetGrid,
  kind: GroupSheetKind
): { layout: GroupLayout<K>; score: number } | null {
  const spec = KIND_SPECS[kind];
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    const columns: Partial<Record<K, number>> = {};
    let score = 0;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined || typeof v === "number") continue;
      const key = groupHeaderKey<K>(kind, typeof v === "string" ? v : cellText(v));
      if (key !== null && columns[key] === undefined) {
        columns[key] = c;
        score++;
      }
    }
    if (score < spec.min || !spec.anchors.every((a) => columns[a as K] !== undefined)) continue;
    const firstDataRow = isNumberingRow(grid.rows[r + 1]) ? r + 2 : r + 1;
    return { layout: { sheet: grid.name, headerRow: r, firstDataRow, columns }, score };
  }
  return null;
}

export type GroupLayouts = {
  readonly members?: GroupLayout<MemberKey>;
  readonly meetings?: GroupLayout<MeetingKey>;
  readonly workPlan?: GroupLayout<WorkPlanKey>;
  readonly acts?: GroupLayout<ActKey>;
  readonly holidays?: GroupLayout<HolidayKey>;
};

const KINDS: readonly GroupSheetKind[] = ["members", "meetings", "workPlan", "acts", "holidays"];

/**
 * Every kind's sheet: each sheet is matched against every kind and goes to the one with most
 * recognised headers (its name's hint breaks ties); each kind takes its first sheet, hinted sheets
 * first. `skip` leaves out sheets the tool wrote itself (a printed act, a report).
 */
export function findGroupSheets(
  sheets: readonly SheetGrid[],
  skip: (name: string) => boolean = () => false
): GroupLayouts {
  const found: Partial<Record<GroupSheetKind, GroupLayout<string>>> = {};
  const candidates: {
    kind: GroupSheetKind;
    layout: GroupLayout<string>;
    hinted: boolean;
    order: number;
  }[] = [];
  sheets.forEach((grid, order) => {
    if (skip(grid.name)) return;
    let best: {
      kind: GroupSheetKind;
      layout: GroupLayout<string>;
      score: number;
      hinted: boolean;
    } | null = null;
    for (const kind of KINDS) {
      const hit = findLayout<string>(grid, kind);
      if (hit === null) continue;
      const hinted = KIND_SPECS[kind].hint.test(grid.name);
      const better =
        best === null ||
        hit.score > best.score ||
        (hit.score === best.score && hinted && !best.hinted);
      if (better) best = { kind, layout: hit.layout, score: hit.score, hinted };
    }
    if (best !== null)
      candidates.push({ kind: best.kind, layout: best.layout, hinted: best.hinted, order });
  });
  candidates.sort((a, b) => Number(b.hinted) - Number(a.hinted) || a.order - b.order);
  for (const c of candidates) if (found[c.kind] === undefined) found[c.kind] = c.layout;
  return found as GroupLayouts;
}
