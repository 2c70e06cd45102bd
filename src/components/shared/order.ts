/** Orders two strings by code unit, as DuckDB's ORDER BY and the published tables do (not by locale). */
export function byText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
