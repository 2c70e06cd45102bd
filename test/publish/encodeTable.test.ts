import { describe, expect, it } from "vitest";
import { tableFromIPC } from "apache-arrow";
import { parquetReadObjects } from "hyparquet";
import { encodeArrow, encodeCsv, encodeParquet } from "../../loaders/publish/index.ts";
import { row } from "../helpers.ts";

const rows = [
  {
    ...row({ indicator_id: "papi.total", value: 45.06, rank: 13, rank_of: 63, rank_source: "published", group: "CN", group_source: "published" }),
    value_text: "45.06",
  },
  { ...row({ indicator_id: "papi.d8", value: null, source_loc: 'x, "quoted".csv:2' }), note: "missing, stays missing" },
];

describe("encodeTable", () => {
  it("writes Arrow IPC that apache-arrow reads back, missing values as null", () => {
    const t = tableFromIPC(encodeArrow("scores", rows));
    expect(t.numRows).toBe(2);
    const back = t.toArray().map((r) => r.toJSON());
    expect(back[0]).toMatchObject({ indicator_id: "papi.total", value: 45.06, rank: 13, group: "CN", year: 2019 });
    expect(back[1]!.value).toBeNull();
    expect(back[1]!.rank).toBeNull();
    expect(t.schema.fields.find((f) => f.name === "value")!.type.toString()).toBe("Float64");
  });
  it("writes CSV with the declared columns, quoting where needed and empty cells for missing values", () => {
    const csv = encodeCsv("scores", rows).split("\n");
    expect(csv[0]).toMatch(/^index,province_code,year,indicator_id,level,dimension,kind,value,value_text,unit,rank/);
    expect(csv[1]).toContain(",45.06,45.06,points,13,63,");
    expect(csv[2]).toContain(',"x, ""quoted"".csv:2",');
    expect(csv[2]).toMatch(/,actual,,,points,,,/);
  });
  it("writes Parquet that a Parquet reader reads back", async () => {
    const bytes = encodeParquet("scores", rows);
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe("PAR1");
    const back = (await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer })) as Array<
      Record<string, unknown>
    >;
    expect(back).toHaveLength(2);
    expect(back[0]).toMatchObject({ indicator_id: "papi.total", value: 45.06, rank: 13 });
    expect(back[1]!.value).toBeNull();
  });
});
