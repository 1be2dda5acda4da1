/**
 * The movable holidays and moved days off the blank group workbook ships in its `Майрамдар` sheet,
 * only for what could be sourced (docs/group.md lists each source). Users add later years in the
 * sheet as the Muftiate and the Cabinet announce them; the code never guesses a lunar date.
 */
import type { IsoDate } from "../types";
import type { DayKind } from "./calendar";

export type MovableHoliday = "orozo-ait" | "kurman-ait" | "moved-day-off" | "extra-day-off";

export interface ShippedDay {
  readonly date: IsoDate;
  readonly kind: DayKind;
  readonly name: MovableHoliday;
  /** Where the date was announced (shown in the sheet's source column). */
  readonly source: string;
}

export const SHIPPED_DAYS: readonly ShippedDay[] = [
  {
    date: "2024-04-10",
    kind: "holiday",
    name: "orozo-ait",
    source: "Azattyk, 16.06.2024 (Muftiate)",
  },
  {
    date: "2024-06-16",
    kind: "holiday",
    name: "kurman-ait",
    source: "Azattyk, 16.06.2024 (Muftiate)",
  },
  {
    date: "2024-06-17",
    kind: "day-off",
    name: "moved-day-off",
    source: "Azattyk, 16.06.2024 (Labour Code art. 113: Kurman Ait on a Sunday)",
  },
  {
    date: "2025-03-30",
    kind: "holiday",
    name: "orozo-ait",
    source: "Azattyk, 29.03.2025 (Muftiate)",
  },
  {
    date: "2025-06-06",
    kind: "holiday",
    name: "kurman-ait",
    source: "Kabar, 28.05.2025 (Muftiate)",
  },
  {
    date: "2026-01-08",
    kind: "day-off",
    name: "extra-day-off",
    source: "Cabinet of Ministers, Azattyk 26.12.2025 (state and municipal bodies)",
  },
  {
    date: "2026-01-09",
    kind: "day-off",
    name: "extra-day-off",
    source: "Cabinet of Ministers, Azattyk 26.12.2025 (state and municipal bodies)",
  },
  {
    date: "2026-03-20",
    kind: "holiday",
    name: "orozo-ait",
    source: "Ministry of Labour, 24.kg 11.03.2026; Muftiate, Azattyk 10.03.2026",
  },
];
