// The dataset cache's housekeeping (loaders/publish/loadDataset.ts): which entries of the cache
// folder a loader may remove while others run at once.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { staleCacheEntry } from "../../loaders/publish/index.ts";

const KEY = "0123456789abcdef01234567";
const OLD = "fedcba9876543210fedcba98";

describe("staleCacheEntry", () => {
  it("is an older key's folder, file or unfinished copy of the same name", () => {
    expect(staleCacheEntry(`pages-compare-${OLD}`, "pages-compare", KEY)).toBe(true);
    expect(staleCacheEntry(`pages-compare-${OLD}.4242.tmp`, "pages-compare", KEY)).toBe(true);
    expect(staleCacheEntry(`dataset-${OLD}.json`, "dataset", KEY)).toBe(true);
    expect(staleCacheEntry(`dataset-${OLD}.json.17.tmp`, "dataset", KEY)).toBe(true);
  });

  it("is never the current key, another loader's copy of it, or another name that starts alike", () => {
    expect(staleCacheEntry(`pages-compare-${KEY}`, "pages-compare", KEY)).toBe(false);
    // another loader, running at the same time, writing the same key
    expect(staleCacheEntry(`pages-compare-${KEY}.4242.tmp`, "pages-compare", KEY)).toBe(false);
    expect(staleCacheEntry(`dataset-${KEY}.json.17.tmp`, "dataset", KEY)).toBe(false);
    // the comparison's totals loader must not remove the profiles' cache
    expect(staleCacheEntry(`pages-compare-profile-${OLD}`, "pages-compare", KEY)).toBe(false);
    expect(staleCacheEntry(`pages-compare-profile-${OLD}.9.tmp`, "pages-compare", KEY)).toBe(false);
    expect(staleCacheEntry("pages-compare-notes.txt", "pages-compare", KEY)).toBe(false);
  });

  it("holds for any name and any two keys", () => {
    const hex24 = fc.stringMatching(/^[0-9a-f]{24}$/);
    const name = fc.stringMatching(/^[a-z]+(-[a-z]+){0,3}$/);
    fc.assert(
      fc.property(name, name, hex24, hex24, fc.nat(99999), (a, b, k1, k2, pid) => {
        const entry = `${a}-${k1}.${pid}.tmp`;
        expect(staleCacheEntry(entry, a, k2)).toBe(k1 !== k2);
        if (a !== b) expect(staleCacheEntry(entry, b, k2)).toBe(false);
      }),
    );
  });
});
