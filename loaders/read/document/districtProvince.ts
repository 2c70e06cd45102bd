import { readFileSync } from "node:fs";
import { referencePath } from "../../model/projectPaths.ts";
import { foldText } from "../../text/foldText.ts";
import { parseCsv } from "../../text/parseCsv.ts";

/**
 * District-level units named by commune plans, with the GSO code of their province, from
 * `data/reference/districts.csv` (a seed list: the districts of Thái Nguyên, for the Lục Ba
 * commune plan; add a line when a new commune plan names another district).
 */
let byKey: Map<string, string> | null = null;

function table(): Map<string, string> {
  byKey ??= new Map(
    parseCsv(readFileSync(referencePath("districts.csv"), "utf8"))
      .slice(1)
      .map(({ fields }) => [foldText(fields[0]!), fields[1]!.padStart(2, "0")]),
  );
  return byKey;
}

/** The province code of a district named in a document ("Đại Từ" → "19"), or null. */
export function districtProvince(name: string): string | null {
  return table().get(foldText(name)) ?? null;
}
