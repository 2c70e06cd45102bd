/**
 * Year axes that stay readable at any width: a tick for every year while each label has room
 * (about 40 px for "2024"), else every second, third… year counted back from the latest, so
 * that "20112012…" never overprints on a phone.
 */
const LABEL_PX = 40;

/** The years to tick over a plot area `innerWidth` px wide. */
export function tickYears(years: readonly number[], innerWidth: number): number[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (!sorted.length) return [];
  const room = Math.max(2, Math.floor(innerWidth / LABEL_PX));
  const span = sorted.at(-1)! - sorted[0]! + 1;
  const step = Math.max(1, Math.ceil(span / room));
  const last = sorted.at(-1)!;
  return sorted.filter((y) => (last - y) % step === 0);
}

/** Plot x-axis options for years over a chart `width` px wide (margins included). */
export function yearTicks(years: readonly number[], width = 640, margins = 120, format: (y: number) => string = String) {
  return { ticks: tickYears(years, width - margins), tickFormat: format };
}
