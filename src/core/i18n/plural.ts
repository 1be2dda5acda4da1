/** Russian plural form of a word for n: 1 пункт, 2 пункта, 5 пунктов, 11 пунктов, 21 пункт. */
export function russianPlural(n: number, one: string, few: string, many: string): string {
  const d = n % 10;
  const dd = n % 100;
  if (d === 1 && dd !== 11) return one;
  if (d >= 2 && d <= 4 && (dd < 12 || dd > 14)) return few;
  return many;
}
