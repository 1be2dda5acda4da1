/**
 * The members sheet (`Мүчөлөр`): one member a row, with the category, sex, birth date or age and
 * role read from the words people write; and the group's creation date from the title rows
 * (`Түзүлгөн күнү: 17.09.2024`, `Дата создания: …`). Every cell that cannot be read is an issue at
 * that cell; nothing here throws.
 */
import { cellText, itemNumber } from "../cells";
import { parseWrittenDate } from "../dates";
import { normalize } from "../normalize";
import type { IsoDate, SheetGrid } from "../types";
import { cellAt, isTotalRow, readDate, textAt } from "./cells";
import type { GroupIssues } from "./issues";
import type { GroupLayout, Member, MemberKey } from "./types";
import { isChairRole, readCategory, readSex, sexFromName } from "./vocabulary";

export interface MembersReading {
  readonly members: Member[];
  /** The category column exists (else the share rules cannot be checked). */
  readonly hasCategory: boolean;
}

/** Read the members; issues for cells that say nothing usable. */
export function readMembers(
  grid: SheetGrid,
  layout: GroupLayout<MemberKey>,
  issues: GroupIssues
): MembersReading {
  const c = layout.columns;
  const sheet = grid.name;
  const nameCol = c.name!;
  const headerRow = layout.headerRow;
  if (c.category === undefined)
    issues.add("missing-column", sheet, headerRow, nameCol, {
      column: "category",
      sheetKind: "members",
    });
  if (c.birth === undefined && c.age === undefined)
    issues.add("missing-birth-date", sheet, headerRow, nameCol, {});
  const members: Member[] = [];
  for (let r = layout.firstDataRow; r < grid.rows.length; r++) {
    const name = textAt(grid, r, nameCol);
    const categoryText = textAt(grid, r, c.category);
    if (name === "" && categoryText === "") continue;
    if (isTotalRow(name) || (name === "" && isTotalRow(textAt(grid, r, c.no)))) continue;

    let category = null as Member["category"];
    if (c.category !== undefined) {
      if (categoryText === "") issues.add("missing-category", sheet, r, c.category, { name });
      else {
        category = readCategory(categoryText);
        if (category === null)
          issues.add("unknown-category", sheet, r, c.category, { text: categoryText, name });
      }
    }

    let sex = null as Member["sex"];
    let sexInferred = false;
    const sexText = textAt(grid, r, c.sex);
    const read = readSex(sexText);
    if (read === "unknown") issues.add("unknown-sex", sheet, r, c.sex!, { text: sexText, name });
    else if (read !== null) sex = read;
    else {
      const guess = sexFromName(name);
      const col = c.sex ?? nameCol;
      if (guess !== null) {
        sex = guess;
        sexInferred = true;
        issues.add("sex-inferred", sheet, r, col, { name, sex: guess });
      } else issues.add("missing-sex", sheet, r, col, { name });
    }

    let birthDate: IsoDate | null = null;
    let birthYear: number | null = null;
    if (c.birth !== undefined) {
      const b = readDate(cellAt(grid, r, c.birth));
      if (b.kind === "date") birthDate = b.date;
      else if (b.kind === "year") birthYear = b.year;
      else if (b.kind === "bad")
        issues.add("unparsed-date", sheet, r, c.birth, { text: textAt(grid, r, c.birth) });
    }
    let age: number | null = null;
    if (c.age !== undefined) {
      const v = cellAt(grid, r, c.age);
      const t = cellText(v);
      const m = /^\s*(\d{1,3})(?!\d)/.exec(t);
      if (typeof v === "number" && Number.isFinite(v)) age = Math.floor(v);
      else if (m !== null) age = Number(m[1]);
      else if (t !== "") issues.add("unparsed-date", sheet, r, c.age, { text: t });
    }
    if (
      (c.birth !== undefined || c.age !== undefined) &&
      birthDate === null &&
      birthYear === null &&
      age === null
    ) {
      const col = c.birth ?? c.age!;
      if (textAt(grid, r, col) === "") issues.add("missing-birth-date", sheet, r, col, { name });
    }

    const role = textAt(grid, r, c.role);
    const position = textAt(grid, r, c.position);
    // Without a role column the chair is often written beside the name or the post (`топтун жетекчиси`).
    const isChair =
      c.role !== undefined ? isChairRole(role) : isChairRole(position) || isChairRole(name);
    members.push({
      row: r,
      no: itemNumber(cellAt(grid, r, c.no)),
      name,
      category,
      sex,
      sexInferred,
      birthDate,
      birthYear,
      age,
      position,
      role,
      isChair,
    });
  }
  return { members, hasCategory: c.category !== undefined };
}

const CREATED_LABELS = [
  "түзүлгөн күнү",
  "түзүлгөн датасы",
  "түзүлгөн",
  "дата создания",
  "дата образования",
  "создана",
  "создан",
  "date of creation",
  "created",
  "established",
].map((w) => normalize(w));

/** The creation date in the title rows above the header: in the label's cell after it, or in a cell to its right. */
export function findCreationDate(
  grid: SheetGrid,
  headerRow: number
):
  | { date: IsoDate; row: number; col: number }
  | { date: null; row: number; col: number; text: string }
  | null {
  for (let r = 0; r < headerRow; r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c] ?? null);
      if (text === "") continue;
      const n = normalize(text);
      const label = CREATED_LABELS.find((l) => n.startsWith(l));
      if (label === undefined) continue;
      const after = text.includes(":") ? text.slice(text.indexOf(":") + 1).trim() : "";
      if (after !== "") {
        const d = parseWrittenDate(after);
        return d !== null
          ? { date: d, row: r, col: c }
          : { date: null, row: r, col: c, text: after };
      }
      for (let k = c + 1; k < row.length; k++) {
        const v = row[k] ?? null;
        if (cellText(v) === "") continue;
        const d = readDate(v);
        return d.kind === "date"
          ? { date: d.date, row: r, col: k }
          : { date: null, row: r, col: k, text: cellText(v) };
      }
      return { date: null, row: r, col: c + 1, text: "" };
    }
  }
  return null;
}

/** 18 or older on `on` (the 18th birthday itself counts). */
export function isAdultOn(birth: IsoDate, on: IsoDate): boolean {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return years > 18 || (years === 18 && on.slice(5) >= birth.slice(5));
}
