// Every worked example of the SQL notebook (src/components/notebook/queries.ts) against the
// full published tables (PAPI_SOURCES), each checked against the facts in another way; and
// the notebook's logic (src/components/notebook/notebookLogic.ts): chart choice, CSV/JSON, the URL.
import { describe, expect, it } from "vitest";
import { sqlRows } from "../siteTables.ts";
import { EXAMPLES, NOTEBOOK_TABLES, exampleFor, provinceCoverageQuery, schemaQuery } from "../../src/components/notebook/queries.ts";
import { chooseChart, pageOf, queryFromSearch, readableError, shareUrl, sqlIdentifier, toCsv, toJson } from "../../src/components/notebook/notebookLogic.ts";
import { parseCsv } from "../../loaders/text/index.ts";
import { describeReal, itReal } from "../realData.ts";

type Row = Record<string, unknown>;
const example = (id: string) => {
  const e = EXAMPLES.find((x) => x.id === id);
  if (!e) throw new Error(`no example ${id}`);
  return e;
};
const runExample = (id: string) => sqlRows(example(id).sql);

/** Actual national-scope values of one indicator: province name → year → value. */
async function series(indicator: string): Promise<Map<string, Map<number, number>>> {
  const rows = await sqlRows(
    `SELECT p.name_vi AS province, f.year, f.value FROM facts f JOIN provinces p ON p.code = f.province_code
     WHERE f.indicator_id = ? AND f.kind = 'actual' AND f.rank_scope = 'national' AND f.value IS NOT NULL`,
    [indicator],
  );
  const m = new Map<string, Map<number, number>>();
  for (const r of rows) {
    const s = m.get(r.province as string) ?? new Map<number, number>();
    s.set(r.year as number, r.value as number);
    m.set(r.province as string, s);
  }
  return m;
}

describeReal("on the real published tables (PAPI_SOURCES)", () => {
  describe("the worked examples", () => {
    it("are at least 6, with unique ids and Vietnamese and English titles", () => {
      expect(EXAMPLES.length).toBeGreaterThanOrEqual(6);
      expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
      for (const e of EXAMPLES) {
        expect(e.title.vi.length, e.id).toBeGreaterThan(5);
        expect(e.title.en.length, e.id).toBeGreaterThan(5);
        expect(e.title.vi).not.toBe(e.title.en);
        expect(e.sql).not.toMatch(/https?:|read_csv|read_parquet|ATTACH|INSTALL|LOAD /i);
        expect(exampleFor(`  ${e.sql}\n`)).toBe(e);
      }
    });

    it.each(EXAMPLES.map((e) => e.id))("%s runs and returns rows", async (id) => {
      const rows = await runExample(id);
      expect(rows.length).toBeGreaterThan(0);
    });

    it("D7 fell three years running: exactly the provinces with three consecutive falls, years consistent with the facts", async () => {
      const rows = await runExample("d7-fell-three-years");
      const d7 = await series("papi.d7");
      // Every province with three consecutive year-on-year falls, from the facts directly.
      const expected = new Set<string>();
      for (const [province, s] of d7) {
        for (const [year, v] of s) {
          const a = s.get(year - 3),
            b = s.get(year - 2),
            c = s.get(year - 1);
          if (a !== undefined && b !== undefined && c !== undefined && a > b && b > c && c > v) expected.add(province);
        }
      }
      expect(expected.size).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => r.province))).toEqual(expected);
      // Each row's value is the facts value, and each stretch holds a real three-year fall.
      for (const r of rows) {
        const v = d7.get(r.province as string)!.get(r.year as number)!;
        expect(r.d7 as number).toBeCloseTo(v, 2);
        expect(r.year as number).toBeGreaterThanOrEqual(r.fall_from as number);
        expect(r.year as number).toBeLessThanOrEqual(r.fall_to as number);
        expect((r.fall_to as number) - (r.fall_from as number)).toBeGreaterThanOrEqual(3);
        expect(r.fall_from as number).toBeGreaterThanOrEqual(2018); // D7 exists from 2018
      }
      for (const province of expected) {
        const mine = rows.filter((r) => r.province === province).map((r) => r.year as number);
        expect(mine.length).toBeGreaterThanOrEqual(4);
      }
    });

    it("top 10 totals in the latest year: 10 rows, latest year, descending, ranks 1–10", async () => {
      const rows = await runExample("top-10-latest");
      expect(rows).toHaveLength(10);
      const [{ latest }] = (await sqlRows(
        "SELECT max(year) AS latest FROM facts WHERE indicator_id = 'papi.total' AND kind = 'actual' AND province_code <> '00' AND value IS NOT NULL",
      )) as [{ latest: number }];
      expect(latest).toBe(2024);
      expect(rows.every((r) => r.year === latest)).toBe(true);
      const totals = rows.map((r) => r.total as number);
      expect([...totals].sort((a, b) => b - a)).toEqual(totals);
      expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      const all = await series("papi.total");
      const best = [...all.entries()]
        .map(([p, s]) => [p, s.get(latest)] as const)
        .filter(([, v]) => v !== undefined)
        .sort((a, b) => b[1]! - a[1]!);
      expect(rows.map((r) => r.province)).toEqual(best.slice(0, 10).map(([p]) => p));
    });

    it("Lào Cai vs the national mean: the eight dimensions of the latest year, difference = value − mean", async () => {
      const rows = await runExample("lao-cai-vs-national");
      expect(rows.map((r) => r.dimension)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2024]));
      for (const r of rows) {
        expect(r.national_mean).not.toBeNull();
        expect(r.n as number).toBeGreaterThanOrEqual(60);
        expect(r.difference as number).toBeCloseTo((r.province_value as number) - (r.national_mean as number), 1);
      }
      const d1 = await sqlRows("SELECT mean FROM benchmarks WHERE indicator_id = 'papi.d1' AND year = 2024 AND scope = 'national'");
      expect(rows[0]!.national_mean as number).toBeCloseTo(d1[0]!.mean as number, 2);
    });

    it("conflicts between sources: only figures with several sources that disagree, including the rank conflict finding", async () => {
      const rows = await runExample("source-conflicts");
      const findings = await sqlRows("SELECT province_code, year, indicator_id FROM issues WHERE kind = 'conflict'");
      const conflicts = await sqlRows("SELECT count(*) AS n FROM facts WHERE conflict");
      expect(findings.length + (conflicts[0]!.n as number)).toBeGreaterThan(0);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.n_sources as number).toBeGreaterThan(1);
        const disagree =
          (r.value_spread as number) > 0.005 ||
          (r.max_rank as number) > (r.min_rank as number) ||
          r.max_group !== r.min_group ||
          r.conflict === true ||
          r.finding !== null;
        expect(disagree, JSON.stringify(r)).toBe(true);
      }
      // The Lào Cai 2018 rank finding (published 29, computed 28) is listed.
      const laoCai = rows.find((r) => r.province === "Lào Cai" && r.year === 2018 && r.indicator_id === "papi.total");
      expect(laoCai?.finding).toMatch(/rank/);
      expect([laoCai?.min_rank, laoCai?.max_rank]).toEqual([28, 29]);
    });

    it("bottom-quartile sub-dimensions: every row at or below the year's first quartile, and every such case listed", async () => {
      const rows = await runExample("bottom-quartile-subdimensions");
      for (const r of rows) expect(r.value as number).toBeLessThanOrEqual((r.first_quartile as number) + 0.005);
      expect(rows.every((r) => (r.n as number) >= 50)).toBe(true);
      // Cross-check the count with a direct computation over the facts.
      const direct = await sqlRows(`
        WITH sub AS (SELECT province_code, year, indicator_id, value FROM facts
                     WHERE level = 'subdimension' AND kind = 'actual' AND rank_scope = 'national' AND value IS NOT NULL AND province_code <> '00'),
             q AS (SELECT year, indicator_id, quantile_cont(value, 0.25) AS q1, count(*) AS n FROM sub GROUP BY ALL)
        SELECT count(*) AS n FROM sub JOIN q USING (year, indicator_id) WHERE province_code = '10' AND value <= q1 AND q.n >= 50`);
      expect(rows.length).toBe(direct[0]!.n);
      expect(new Set(rows.map((r) => r.year)).size).toBeGreaterThan(1);
    });

    it("six-dimension total for the Northwest: six provinces, 2011–2024, the derived D1–D6 sums", async () => {
      const rows = await runExample("northwest-six-dimension-trend");
      const provinces = await sqlRows("SELECT name_vi FROM provinces WHERE northwest ORDER BY 1");
      expect(new Set(rows.map((r) => r.province))).toEqual(new Set(provinces.map((p) => p.name_vi)));
      expect(provinces).toHaveLength(6);
      const years = rows.map((r) => r.year as number);
      expect(Math.min(...years)).toBe(2011);
      expect(Math.max(...years)).toBe(2024);
      expect(rows.length).toBe(6 * 14);
      for (const r of rows) {
        expect(r.total_6d as number).toBeGreaterThan(6);
        expect(r.total_6d as number).toBeLessThan(60);
      }
    });

    it("biggest movers: latest year against the previous one, sorted by the size of the change", async () => {
      const rows = await runExample("biggest-movers");
      expect(rows.length).toBe(15);
      const sizes = rows.map((r) => Math.abs(r.change as number));
      for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeLessThanOrEqual(sizes[i - 1]! + 0.01);
      for (const r of rows) {
        expect(r.previous_year).toBe((r.year as number) - 1);
        expect(r.change as number).toBeCloseTo((r.latest as number) - (r.previous as number), 1);
      }
    });

    it("coverage: PAPI figures per year, 2011–2024", async () => {
      const rows = await runExample("coverage-by-year");
      const years = new Set(rows.map((r) => r.year));
      for (let y = 2011; y <= 2024; y++) expect(years.has(y), String(y)).toBe(true);
      expect(rows.every((r) => typeof r.figures === "number" && (r.figures as number) > 0)).toBe(true);
    });

    it("the quick chart fits each example", async () => {
      const kinds: Record<string, string> = {};
      for (const e of EXAMPLES) {
        const rows = await sqlRows(e.sql);
        kinds[e.id] = chooseChart(Object.keys(rows[0] ?? {}), rows).type;
      }
      expect(kinds["d7-fell-three-years"]).toBe("line");
      expect(kinds["top-10-latest"]).toBe("bar");
      expect(kinds["lao-cai-vs-national"]).toBe("bar");
      expect(kinds["northwest-six-dimension-trend"]).toBe("line");
      expect(kinds["biggest-movers"]).toBe("bar");
    });
  });

  describe("schema listing", () => {
    it("lists every registered table with its columns and DuckDB types", async () => {
      const rows = await sqlRows(schemaQuery().sql);
      const tables = [...new Set(rows.map((r) => r.table_name))];
      expect(tables.slice(0, NOTEBOOK_TABLES.length)).toEqual([...NOTEBOOK_TABLES]);
      const facts = rows.filter((r) => r.table_name === "facts");
      expect(facts.find((r) => r.column_name === "value")?.data_type).toMatch(/DOUBLE|FLOAT/);
      expect(facts.find((r) => r.column_name === "year")?.data_type).toMatch(/INT/);
      expect(facts.find((r) => r.column_name === "conflict")?.data_type).toBe("BOOLEAN");
    });
  });

  describe("coverage check", () => {
    it("counts the 63 provinces of the full data (the page's 'few provinces' note stays hidden)", async () => {
      const rows = await sqlRows(provinceCoverageQuery().sql);
      expect(rows[0]!.provinces).toBe(63);
    });
  });
});

describe("notebook logic", () => {
  it("chooses line for year + number (series by category), bar for category + number, scatter for two numbers", () => {
    const years: Row[] = [2019, 2020, 2021].flatMap((year) => ["A", "B"].map((p) => ({ year, province: p, score: year / 100 + 0.5 })));
    expect(chooseChart(["year", "province", "score"], years)).toEqual({ type: "line", x: "year", y: "score", series: "province" });
    const cats: Row[] = [
      { province: "A", total: 40.5, rank: 1 },
      { province: "B", total: 39.2, rank: 2 },
    ];
    expect(chooseChart(["province", "total", "rank"], cats)).toEqual({ type: "bar", x: "total", y: "province", series: null });
    const nums: Row[] = [
      { a: 1.5, b: 2.5 },
      { a: 2.5, b: 3.75 },
    ];
    expect(chooseChart(["a", "b"], nums).type).toBe("scatter");
    expect(chooseChart(["x"], [{ x: "text" }, { x: "more" }]).type).toBe("none");
    expect(chooseChart(["a"], []).type).toBe("none");
    // labels in the page language
    const named: Row[] = [
      { name_vi: "Tham gia", name_en: "Participation", v: 5.5 },
      { name_vi: "Minh bạch", name_en: "Transparency", v: 5.25 },
    ];
    expect(chooseChart(["name_vi", "name_en", "v"], named, "en").y).toBe("name_en");
    expect(chooseChart(["name_en", "name_vi", "v"], named, "vi").y).toBe("name_vi");
    // a single year is not a time axis
    expect(
      chooseChart(
        ["province", "year", "total"],
        [
          { province: "A", year: 2024, total: 1.5 },
          { province: "B", year: 2024, total: 2.5 },
        ],
      ).type,
    ).toBe("bar");
  });

  it("writes RFC 4180 CSV that parses back to the same cells", () => {
    const columns = ["province", "value", "note", "when", "missing"];
    const rows: Row[] = [
      { province: "Bà Rịa-Vũng Tàu", value: 45.06, note: 'says "hi", then\nnewline', when: new Date(Date.UTC(2024, 4, 16)), missing: null },
      { province: "Lào Cai", value: 7, note: "", when: null, missing: 12n },
    ];
    const csv = toCsv(columns, rows);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = parseCsv(csv).map((r) => r.fields);
    expect(parsed[0]).toEqual(columns);
    expect(parsed[1]).toEqual(["Bà Rịa-Vũng Tàu", "45.06", 'says "hi", then\nnewline', "2024-05-16T00:00:00.000Z", ""]);
    expect(parsed[2]).toEqual(["Lào Cai", "7", "", "", "12"]);
  });

  it("writes JSON with the column order, nulls and bigints", () => {
    const json = JSON.parse(toJson(["b", "a"], [{ a: 1n, b: null }]));
    expect(json).toEqual([{ b: null, a: 1 }]);
    expect(Object.keys(json[0])).toEqual(["b", "a"]);
  });

  it("keeps the query in the URL and reads it back (URI-encoded, or base64url with b64:)", () => {
    const sql = "SELECT name_vi FROM provinces WHERE slug = 'lào-cai' -- #&?+";
    const url = shareUrl(sql, "http://localhost/notebook?lang=en");
    expect(new URL(url).searchParams.get("lang")).toBe("en");
    expect(queryFromSearch(new URL(url).search)).toBe(sql);
    const b64 = Buffer.from(sql, "utf8").toString("base64url");
    expect(queryFromSearch(`?q=b64:${b64}`)).toBe(sql);
    expect(queryFromSearch("?lang=en")).toBeNull();
    expect(queryFromSearch("?q=")).toBeNull();
  });

  it("quotes identifiers only where needed, pages rows, explains errors", () => {
    expect(sqlIdentifier("facts")).toBe("facts");
    expect(sqlIdentifier("group")).toBe('"group"');
    expect(sqlIdentifier("Mixed Case")).toBe('"Mixed Case"');
    expect(pageOf([1, 2, 3, 4, 5], 1, 2)).toEqual({ rows: [3, 4], page: 1, pages: 3 });
    expect(pageOf([1, 2, 3], 9, 2)).toEqual({ rows: [3], page: 1, pages: 2 });
    expect(pageOf([], 0, 25)).toEqual({ rows: [], page: 0, pages: 1 });
    expect(readableError(new Error('Parser Error: syntax error at or near "SELEC"')).hint).toBe("syntax");
    expect(readableError(new Error("Catalog Error: Table with name nope does not exist!")).hint).toBe("table");
    expect(readableError(new Error("Permission Error: Scanning remote files is disabled through configuration")).hint).toBe("external");
  });

  itReal("a bad query fails with a DuckDB error that can be shown", async () => {
    await expect(sqlRows("SELEC 1")).rejects.toThrow(/syntax error/i);
    await expect(sqlRows("SELECT * FROM nope")).rejects.toThrow(/nope/);
  });
});
