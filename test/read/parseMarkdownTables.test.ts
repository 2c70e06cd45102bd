import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseMarkdownTables, splitTableRow } from "../../loaders/read/index.ts";

const seed = (name: string) => readFileSync(new URL(`../../data/documents/${name}`, import.meta.url), "utf8").split(/\r?\n/);

describe("splitTableRow", () => {
  it("splits cells and keeps empty ones", () => {
    expect(splitTableRow("| Năm | Xếp hạng chung | | x |")).toEqual(["Năm", "Xếp hạng chung", "", "x"]);
    expect(splitTableRow("| | | | |")).toEqual(["", "", "", ""]);
    expect(splitTableRow("|a|b")).toEqual(["a", "b"]);
    expect(splitTableRow(String.raw`| a \| b | c |`)).toEqual(["a | b", "c"]);
  });

  it("is null for lines that do not start with a pipe", () => {
    expect(splitTableRow("Số hiệu | 126/KH-UBND |")).toBeNull();
    expect(splitTableRow("")).toBeNull();
  });
});

describe("parseMarkdownTables", () => {
  it("needs a separator line: '|'-separated metadata lines are not tables", () => {
    const lines = seed("ca-mau-par-sipas-plan-2025-126-kh-ubnd.txt");
    expect(parseMarkdownTables(lines)).toEqual([]);
    expect(parseMarkdownTables(["| a | b |", "| 1 | 2 |"])).toEqual([]);
  });

  it("reads the Lào Cai appendix: a wide table, then a detail table continued after a page break under an empty header", () => {
    const tables = parseMarkdownTables(seed("lao-cai-papi-plan-2020-151-kh-ubnd.txt"));
    expect(tables).toHaveLength(2);
    const [wide, detail] = tables;
    expect(wide!.line).toBe(262);
    expect(wide!.header.cells).toHaveLength(20);
    expect(wide!.rows.map((r) => r.line)).toEqual([264, 265, 266]);
    expect(wide!.rows[1]!.cells.slice(0, 4)).toEqual(["2018", "29", "44,37", "TBC"]);
    expect(detail!.line).toBe(275);
    expect(detail!.continuedAt).toEqual([302]);
    expect(detail!.rows).toHaveLength(22 + 15);
    expect(detail!.rows[0]).toEqual({ line: 277, cells: ["1", "Tham gia của người dân ở cấp cơ sở", "5,31", "Cao nhất"] });
    expect(detail!.rows[1]!.cells[1]).toBe("<i>Tri thức công dân</i>");
    expect(detail!.rows.at(-1)).toEqual({ line: 318, cells: ["-", "Phúc đáp qua Công nghệ tin điện tử", "1,86", ""] });
    expect(detail!.endLine).toBe(318);
  });

  it("joins a table split over two pages with a repeated header (Cà Mau 117, header typo included)", () => {
    const tables = parseMarkdownTables(seed("ca-mau-papi-plan-2024-117-kh-ubnd.txt"));
    expect(tables).toHaveLength(1);
    expect(tables[0]!.continuedAt).toEqual([169]);
    expect(tables[0]!.rows).toHaveLength(19 + 17);
  });

  it("keeps apart tables with different columns or far apart", () => {
    const lines = ["| a | b |", "|---|---|", "| 1 | 2 |", "", "| | | |", "|---|---|---|", "| 3 | 4 | 5 |"];
    expect(parseMarkdownTables(lines)).toHaveLength(2);
    const far = [
      "| a | b |",
      "|---|---|",
      "| 1 | 2 |",
      "Một đoạn văn dài giữa hai bảng, không phải phần tiếp của bảng trên.",
      "| | |",
      "|---|---|",
      "| 3 | 4 |",
    ];
    expect(parseMarkdownTables(far)).toHaveLength(2);
  });

  it("skips the lines it is told to (a repeated block)", () => {
    const lines = ["| a | b |", "|---|---|", "| 1 | 2 |", "| 3 | 4 |"];
    const tables = parseMarkdownTables(lines, { skip: (line) => line === 4 });
    expect(tables[0]!.rows.map((r) => r.line)).toEqual([3]);
  });
});
