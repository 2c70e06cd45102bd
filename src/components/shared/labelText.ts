/**
 * Text cut or folded to the room a chart gives it: a label cut to a width, and a list of years
 * written as its runs ("2011–2016, 2018–2024"), gaps shown. Used by every page.
 */

/** Cuts a label to about `px` pixels at ~6.9 px a character. */
export function fitLabel(label: string, px: number): string {
  const max = Math.max(8, Math.floor(px / 6.9));
  return label.length > max ? label.slice(0, max - 1) + "…" : label;
}

/** Years as their runs of consecutive years: "2011–2016, 2018", or `none` for no year. */
export function compactYears(years: readonly number[], none = "—"): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (!sorted.length) return none;
  const parts: string[] = [];
  let start = sorted[0]!;
  let prev = start;
  for (const y of [...sorted.slice(1), Number.POSITIVE_INFINITY]) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    parts.push(start === prev ? `${start}` : `${start}–${prev}`);
    start = prev = y;
  }
  return parts.join(", ");
}
