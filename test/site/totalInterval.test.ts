import { describe, expect, it } from "vitest";
import { intervalChanges, overlaps, rankRange, type IntervalPoint } from "../../src/components/province/totalInterval.ts";

const p = (province_code: string, year: number, value: number, half: number | null): IntervalPoint => ({
  province_code,
  year,
  value,
  ci_low: half === null ? null : value - half,
  ci_high: half === null ? null : value + half,
});

describe("what a 95 % interval allows", () => {
  const points = [p("01", 2023, 44, 0.3), p("02", 2023, 43.9, 0.2), p("04", 2023, 42, 0.2), p("06", 2023, 45, 0.1), p("08", 2023, 41, null)];
  it("gives the rank range from the provinces wholly above and wholly below", () => {
    // 06 (44.9–45.1) is wholly above 01 (43.7–44.3); 02 overlaps; 04 is wholly below; 08 has no interval
    expect(rankRange(points, "01", 2023)).toMatchObject({ best: 2, worst: 3, overlapping: 1, of: 4 });
    expect(rankRange(points, "08", 2023)).toBeNull();
    expect(rankRange(points, "01", 2019)).toBeNull();
  });
  it("marks a change between consecutive years distinguishable only when the intervals do not overlap", () => {
    const series = [p("01", 2019, 40, 0.5), p("01", 2020, 40.6, 0.5), p("01", 2021, 42, 0.5), p("01", 2023, 43, 0.5)];
    expect(intervalChanges(series, "01").map((c) => [c.from, c.to, c.distinguishable])).toEqual([
      [2019, 2020, false],
      [2020, 2021, true],
    ]);
    expect(overlaps({ ci_low: 1, ci_high: 2 }, { ci_low: 2, ci_high: 3 })).toBe(true);
  });
});
