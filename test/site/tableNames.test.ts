import { describe, expect, it } from "vitest";
import { TABLE_NAMES } from "../../loaders/model/index.ts";
import { PUBLISHED_TABLES } from "../../src/components/shared/tableNames.ts";

describe("the pages' list of published tables", () => {
  it("is the library's, in the same order", () => {
    expect([...PUBLISHED_TABLES]).toEqual(TABLE_NAMES);
  });
});
