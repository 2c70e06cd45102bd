// What a reader types as a target (src/components/targets/targetsView.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRank, parseTyped, unreadableTargets } from "../../src/components/targets/targetsView.ts";

const LABELS = { t: "Tổng điểm PAPI", d1: "D1 · Tham gia", rank: "Hạng toàn quốc (tối thiểu)", nw: "Đứng đầu 6 tỉnh Tây Bắc" };

describe("target fields", () => {
  it("reads numbers typed either way, and empty as no target", () => {
    expect(parseTyped("46,40")).toBe(46.4);
    expect(parseTyped("46.40")).toBe(46.4);
    expect(parseTyped(" ")).toBeNull();
    expect(parseTyped("abc")).toBeNull();
  });

  it("reads a rank only as a whole number from 1", () => {
    expect(parseRank("20")).toBe(20);
    expect(parseRank("")).toBeNull();
    for (const raw of ["0", "-3", "20,5", "hai mươi"]) expect(Number.isNaN(parseRank(raw)), raw).toBe(true);
  });

  it("names each field whose text cannot be read, with what was typed", () => {
    expect(unreadableTargets({ t: "abc", d1: "6,2", rank: "20,5", nw: "0" }, LABELS)).toEqual(["Tổng điểm PAPI «abc»", "Hạng toàn quốc (tối thiểu) «20,5»"]);
    expect(unreadableTargets({ t: "", d1: "  ", rank: "", nw: "1" }, LABELS)).toEqual([]);
  });

  it("never calls a field unreadable that sets a target", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(".", ","), (x, sep) => {
        const raw = x.toFixed(2).replace(".", sep);
        expect(parseTyped(raw)).not.toBeNull();
        expect(unreadableTargets({ t: raw }, LABELS)).toEqual([]);
      }),
    );
  });
});
