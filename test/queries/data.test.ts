// The data page's summaries (src/components/data-page/dataPage.ts, run in the page on the Arrow rows) and
// their SQL (src/components/data-page/queries.ts) over the real published tables; both must agree.
// Needs PAPI_SOURCES (the official workbook and the panel): see test/siteTables.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { datasetTables } from "../../loaders/publish/index.ts";
import { TABLES } from "../../loaders/model/index.ts";
import { arrowRows } from "../../src/components/shared/arrowRows.ts";
import {
  agreementCount,
  conflicts,
  coverageByYear,
  filterIssues,
  formatBytes,
  issueCounts,
  sortSources,
  type FactConflictRow,
  type IssueRow,
  type SourceRow,
} from "../../src/components/data-page/dataPage.ts";
import type { CoverageRow } from "../../src/components/overview/overview.ts";
import {
  agreementCountQuery,
  conflictsQuery,
  coverageByYearQuery,
  issueCountsQuery,
  issuesQuery,
  rowCountQuery,
  sourcesQuery,
} from "../../src/components/data-page/queries.ts";
import { fullDataset, sqlRows } from "../siteTables.ts";
import { describeReal } from "../realData.ts";

describeReal("on the real published tables (PAPI_SOURCES)", () => {
  let tables: Record<string, Uint8Array>;
  let issues: IssueRow[];
  let sources: SourceRow[];
  let coverage: CoverageRow[];
  let facts: FactConflictRow[];

  beforeAll(async () => {
    tables = datasetTables(await fullDataset());
    issues = arrowRows<IssueRow>(tables.issues!);
    sources = arrowRows<SourceRow>(tables.sources!);
    coverage = arrowRows<CoverageRow>(tables.coverage!);
    facts = arrowRows<FactConflictRow>(tables.facts!);
  }, 180_000);

  describe("sources", () => {
    it("lists the five plan documents, the workbook and the panel, official data first", async () => {
      const js = sortSources(sources);
      const ids = js.map((s) => s.id);
      for (const id of [
        "PAPI_2011-2016.xlsx",
        "papi-dimensions-2011-2024.csv",
        "lao-cai-papi-plan-2020-151-kh-ubnd.txt",
        "dak-lak-papi-plan-2024.txt",
        "ca-mau-papi-plan-2024-117-kh-ubnd.txt",
        "ca-mau-par-sipas-plan-2025-126-kh-ubnd.txt",
        "luc-ba-commune-papi-plan-2024-171-kh-ubnd.txt",
      ])
        expect(ids).toContain(id);
      expect(js[0]!.kind).toBe("official_workbook");
      for (const s of js) expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
      const q = sourcesQuery();
      expect((await sqlRows(q.sql, q.params)).map((r) => r.id)).toEqual(ids);
    });
  });

  describe("quality report", () => {
    it("counts by kind and severity agree with SQL, errors first", async () => {
      const js = issueCounts(issues);
      const q = issueCountsQuery();
      expect(await sqlRows(q.sql, q.params)).toEqual(js);
      expect(js.reduce((s, c) => s + c.n, 0)).toBe(issues.length);
      expect(js.find((c) => c.kind === "sum_mismatch")).toEqual({ kind: "sum_mismatch", severity: "warning", n: 1 });
    });

    it("the Lào Cai sum mismatch is a warning with its file:line", async () => {
      const shown = filterIssues(issues, ["error", "warning"], [...new Set(issues.map((i) => i.kind))]);
      const sum = shown.find((i) => i.kind === "sum_mismatch")!;
      expect(sum.source_loc).toMatch(/^lao-cai-papi-plan-2020-151-kh-ubnd\.txt:\d+$/);
      expect(sum.message).toMatch(/4[.,]31/);
      // errors first, then warnings; no notes with this filter
      expect(shown.every((i) => i.severity !== "info")).toBe(true);
      const kinds = [...new Set(issues.map((i) => i.kind))];
      const q = issuesQuery(["error", "warning"], kinds);
      const sql = await sqlRows(q.sql, q.params);
      expect(sql.map((r) => `${r.kind}|${r.source_loc}`)).toEqual(shown.map((i) => `${i.kind}|${i.source_loc}`));
      // text search
      expect(filterIssues(issues, ["warning"], kinds, "AF17").map((i) => i.source_loc)).toEqual(["2014_PAPI!AF17"]);
      expect(filterIssues(issues, [], kinds)).toEqual([]);
    });

    it("conflicts and agreements agree with SQL", async () => {
      const q = conflictsQuery();
      expect((await sqlRows(q.sql, q.params)).length).toBe(conflicts(facts).length);
      const a = agreementCountQuery();
      const [row] = await sqlRows(a.sql, a.params);
      expect(row!.n).toBe(agreementCount(facts));
      expect(agreementCount(facts)).toBeGreaterThan(1000);
    });

    it("coverage by index × year agrees with SQL", async () => {
      const js = coverageByYear(coverage);
      const q = coverageByYearQuery();
      const sql = await sqlRows(q.sql, q.params);
      expect(sql).toEqual(js);
      expect(js.find((r) => r.index === "PAPI" && r.year === 2014)).toMatchObject({ total: 61, dimension: 61, subdimension: 61 });
      expect(js.find((r) => r.index === "PAPI" && r.year === 2018)).toMatchObject({ total: 61, national: true });
      expect(js.find((r) => r.index === "PAPI" && r.year === 2020)).toMatchObject({ targets: true });
    });
  });

  describe("downloads and schemas", () => {
    it("every table has its description, columns, and a row count", async () => {
      for (const name of Object.keys(TABLES)) {
        const q = rowCountQuery(name);
        const [row] = await sqlRows(q.sql, q.params);
        expect(row!.n).toBe(arrowRows(tables[name]!).length);
      }
      expect(() => rowCountQuery("facts; DROP TABLE facts")).toThrow();
    });

    it("formats sizes in the page language", () => {
      expect(formatBytes(512, "en")).toBe("512 B");
      expect(formatBytes(1536, "en")).toBe("1.5 kB");
      expect(formatBytes(4927328, "vi")).toBe("4,7 MB");
      expect(formatBytes(null, "vi")).toBe("—");
    });
  });
});
