/**
 * Property tests over the readers (fast-check, 10 000+ cases in all, seeded so a failure
 * replays): the CSV parser, the CSV panel reader, the wide workbook-sheet reader and the plan
 * document reader. Each asserts that nothing crashes, no value differs from what was generated,
 * and no value is dropped without a message naming where it was.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../loaders/text/index.ts";
import { readCsvPanel } from "../../loaders/read/index.ts";
import { readWideWorkbookSheet } from "../../loaders/read/index.ts";
import { readPlanDocument } from "../../loaders/read/index.ts";
import { cellAddress, gridFromValues } from "../../loaders/read/index.ts";
import { defaultTaxonomy, inForce, scaleOf } from "../../loaders/model/index.ts";
import { defaultProvinceRegistry } from "../../loaders/model/index.ts";
import { WIDE_HEADERS_VI } from "../fixtures/workbooks/buildWorkbooks.ts";

const SEED = 20261201;
const tax = defaultTaxonomy();
const registry = defaultProvinceRegistry();
const provinces = registry.provinces;
const run = <T>(prop: fc.IPropertyWithHooks<T> | fc.IProperty<T>, numRuns: number) => fc.assert(prop, { numRuns, seed: SEED });

/** RFC 4180 quoting, as a spreadsheet writes a field (no formula guard: values must come back as they were). */
const quote = (s: string, delim: string) => (/["\r\n]/.test(s) || s.includes(delim) || s === "" ? `"${s.replace(/"/g, '""')}"` : s);

describe("parseCsv (property)", () => {
  const text = fc.string({ unit: fc.constantFrom("a", "Đ", "ắ", ",", ";", '"', "\n", "\r\n", " ", "5", "=", "😀"), maxLength: 12 });
  it("gives back every field of every record, with the line each starts on", () => {
    run(
      fc.property(fc.constantFrom(",", ";"), fc.array(fc.array(text, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }), (delim, records) => {
        const width = records[0]!.length;
        const rows = records.map((r) => Array.from({ length: width }, (_, k) => r[k] ?? "x"));
        const csv = rows.map((r) => r.map((f) => quote(f, delim)).join(delim)).join("\n");
        const parsed = parseCsv(csv, delim);
        expect(parsed.map((p) => p.fields)).toEqual(rows);
        let line = 1;
        rows.forEach((r, k) => {
          expect(parsed[k]!.line).toBe(line);
          line += r.join("").split("\n").length - 1 + 1;
        });
      }),
      4500,
    );
  });
});

/** Indicators a long panel can hold for a year (PAPI scores in points). */
const pointDefs = tax.indicators.filter((d) => d.index === "PAPI" && d.level !== "indicator" && d.unit === "points" && !d.id.includes("weighted"));

describe("readCsvPanel (property)", () => {
  const cell = fc.record({
    province: fc.integer({ min: 0, max: provinces.length - 1 }),
    year: fc.integer({ min: 2011, max: 2024 }),
    indicator: fc.integer({ min: 0, max: pointDefs.length - 1 }),
    fraction: fc.integer({ min: 0, max: 10_000 }),
    decimalComma: fc.boolean(),
    junk: fc.constantFrom(null, null, null, null, "4,3x", "n.a.", "1999", "Tỉnh Không Có"),
  });
  it("reads every generated value exactly, and names the line of every row it does not read", () => {
    run(
      fc.property(
        fc.constantFrom(",", ";"),
        fc.uniqueArray(cell, { minLength: 1, maxLength: 25, selector: (c) => `${c.province}|${c.year}|${c.indicator}` }),
        (delim, cells) => {
          const lines = [["province", "year", "indicator", "value"].join(delim)];
          const expected = new Map<number, { code: string; year: number; id: string; value: number } | null>();
          for (const c of cells) {
            const def = pointDefs[c.indicator]!;
            const p = provinces[c.province]!;
            const { min, max } = scaleOf(tax, def, c.year);
            const value = Number((min + ((max - min) * c.fraction) / 10_000).toFixed(4));
            const printed = c.decimalComma ? String(value).replace(".", ",") : String(value);
            const fields = [p.name_vi, String(c.year), def.id, printed];
            if (c.junk === "4,3x" || c.junk === "n.a.") fields[3] = c.junk;
            if (c.junk === "1999") fields[1] = "1999";
            if (c.junk === "Tỉnh Không Có") fields[0] = c.junk;
            const good = !c.junk && inForce(def, c.year);
            lines.push(fields.map((f) => quote(f, delim)).join(delim));
            expected.set(lines.length, good ? { code: p.code, year: c.year, id: def.id, value } : null);
          }
          const r = readCsvPanel(lines.join("\n") + "\n", "p.csv");
          const byLine = new Map(r.scores.map((s) => [Number(s.source_loc.split(":").pop()), s]));
          for (const [line, want] of expected) {
            const got = byLine.get(line);
            if (want) {
              expect(got, `line ${line}`).toBeDefined();
              expect([got!.province_code, got!.year, got!.indicator_id, got!.value]).toEqual([want.code, want.year, want.id, want.value]);
            } else if (!got) {
              // Not read: a message names the line. (A 1999 row or an indicator outside its years
              // is read here and rejected, with an error, by validation.)
              expect(
                r.issues.some((i) => i.source_loc === `p.csv:${line}`),
                `line ${line} dropped without a message`,
              ).toBe(true);
            }
          }
          expect(r.scores.every((s) => expected.has(Number(s.source_loc.split(":").pop())))).toBe(true);
        },
      ),
      2500,
    );
  });
});

describe("readWideWorkbookSheet (property)", () => {
  const kinds = fc.constantFrom("number", "number", "number", "number", "text", "blank", "kcdl", "garbled");
  it("every number in a score cell is read exactly at its cell; every other cell is missing or named", () => {
    run(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: provinces.length - 1 }), { minLength: 1, maxLength: 6 }),
        fc.array(kinds, { minLength: 29 * 6, maxLength: 29 * 6 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 29 * 6, maxLength: 29 * 6 }),
        (rowsAt, cellKinds, fractions) => {
          const header = [...WIDE_HEADERS_VI];
          const rows: Array<Array<string | number | null>> = [header];
          const expected = new Map<string, number | "missing" | "named">();
          rowsAt.forEach((pi, r) => {
            const p = provinces[pi]!;
            const row: Array<string | number | null> = [Number(p.code), p.name_en, p.name_vi];
            for (let k = 0; k < 29; k++) {
              const at = r * 29 + k;
              const f = fractions[at]! / 1000;
              const value = Number((1.05 + f).toFixed(4)); // inside every sub-dimension and dimension scale of 2015
              const kind = k === 28 ? "number" : cellKinds[at]!;
              const addr = cellAddress(r + 2, k + 4);
              const v = k === 28 ? Number((20 + f * 30).toFixed(4)) : value;
              const cell: [string | number | null, number | "missing" | "named"] =
                kind === "number"
                  ? [v, v]
                  : kind === "text"
                    ? [String(v).replace(".", ","), v]
                    : kind === "blank"
                      ? [null, "missing"]
                      : kind === "kcdl"
                        ? ["KCDL", "missing"]
                        : [`${String(v).replace(".", ",")}x`, "named"];
              row.push(cell[0]);
              expected.set(addr, cell[1]);
            }
            rows.push(row);
          });
          const read = readWideWorkbookSheet(gridFromValues("2015", rows), { file: "w.xlsx", taxonomy: tax, registry });
          expect(read).not.toBeNull();
          const byCell = new Map(read!.scores.map((s) => [s.source_loc.split("!").pop()!, s]));
          for (const [addr, want] of expected) {
            const got = byCell.get(addr);
            if (typeof want === "number") expect(got?.value, addr).toBe(want);
            else expect(got, addr).toBeUndefined();
            if (want === "named")
              expect(
                read!.issues.some((i) => i.source_loc.includes(addr) || i.message.includes(addr)),
                `${addr} garbled without a message`,
              ).toBe(true);
          }
        },
      ),
      1000,
    );
  });
});

describe("readPlanDocument (property)", () => {
  const totals = [...provinces];
  const sentence = fc.record({
    province: fc.integer({ min: 0, max: totals.length - 1 }),
    year: fc.integer({ min: 2011, max: 2019 }),
    hundredths: fc.integer({ min: 3000, max: 5500 }),
    rank: fc.integer({ min: 1, max: 63 }),
  });
  const noise = fc.constantFrom(
    "",
    "- Tăng cường công tác tuyên truyền.",
    "II. NHIỆM VỤ",
    "Căn cứ Quyết định số 12/QĐ-UBND ngày 01/02/2020.",
    "| a | b |",
    "<b>ghi chú</b>",
  );
  it("reads every stated result with its value and rank, at its line", () => {
    let linesRead = 0;
    let linesStated = 0;
    run(
      fc.property(
        fc.uniqueArray(sentence, { minLength: 1, maxLength: 6, selector: (s) => `${s.province}|${s.year}` }),
        fc.array(noise, { maxLength: 6 }),
        (stated, extra) => {
          const lines = ["Kế hoạch cải thiện Chỉ số PAPI năm 2020 của tỉnh Lào Cai"];
          const expected = new Map<number, { code: string; year: number; value: number; rank: number }>();
          stated.forEach((s, k) => {
            if (extra[k] !== undefined) lines.push(extra[k]!);
            const p = totals[s.province]!;
            const v = s.hundredths / 100;
            lines.push(
              `Năm ${s.year}, Chỉ số PAPI của ${p.name_vi.startsWith("Thành phố") ? "" : "tỉnh "}${p.name_vi} đạt ${v.toFixed(2).replace(".", ",")} điểm, xếp thứ ${s.rank}/63 tỉnh, thành phố.`,
            );
            expected.set(lines.length, { code: p.code, year: s.year, value: v, rank: s.rank });
          });
          const r = readPlanDocument(lines.join("\n"), "d.txt");
          for (const [line, want] of expected) {
            const got = r.scores.find((s) => s.source_loc === `d.txt:${line}` && s.indicator_id === "papi.total" && s.kind === "actual");
            linesStated++;
            if (got) linesRead++;
            if (got) expect([got.province_code, got.year, got.value, got.rank]).toEqual([want.code, want.year, want.value, want.rank]);
            else
              expect(
                r.issues.some((i) => i.source_loc === `d.txt:${line}`),
                `line ${line} "${lines[line - 1]}" dropped without a message`,
              ).toBe(true);
          }
          // Nothing invented: no figure from a line that states none.
          expect(r.scores.every((s) => expected.has(Number(s.source_loc.split(":").pop())))).toBe(true);
        },
      ),
      2500,
    );
    // The sentences are plain results: almost all are read, not merely reported.
    expect(linesRead / linesStated).toBeGreaterThan(0.95);
    // The sentences are plain results: almost all are read, not merely reported.
    expect(linesRead / linesStated).toBeGreaterThan(0.95);
  });
});
