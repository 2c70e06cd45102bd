/**
 * Text from a document stays text: the tag stripper cannot be bypassed by nesting, and a
 * document whose title carries markup gives a title with no tag in it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripMarkup, stripTags } from "../../loaders/text/index.ts";
import { readPlanDocument } from "../../loaders/read/index.ts";

const OPENS_TAG = /<\/?[a-zA-Z!?]/;
const PAYLOADS = [
  "<<img src=x onerror=alert(1)>img src=x onerror=alert(1)>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "<<<b>b>b>i>",
  "<svg/onload=alert(1)>",
  "<!--><img src=x>-->",
  "<a href='javascript:alert(1)'>x</a>",
  "<<<<<<<<<<img>img>img>img>img>img>img>img>img>img>",
];

describe("the tag stripper", () => {
  for (const p of PAYLOADS) it(`leaves no tag in ${JSON.stringify(p)}`, () => expect(stripTags(p)).not.toMatch(OPENS_TAG));

  it("keeps text that is not markup: comparisons, arrows, emphasis removed only", () => {
    expect(stripMarkup("điểm < 45,06 và > 40")).toBe("điểm < 45,06 và > 40");
    expect(stripMarkup("**45,06** <i>0,81</i>")).toBe("45,06 0,81");
    expect(stripTags("a <- b, 3<4")).toBe("a <- b, 3<4");
  });

  it("never leaves anything that opens a tag, whatever is nested (property)", () => {
    const piece = fc.constantFrom("<", ">", "img", "/", "script", " ", "x", "!", "?", "=", "'", "đ");
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((a) => a.join("")),
        (s) => !OPENS_TAG.test(stripTags(s)),
      ),
      { numRuns: 3000 },
    );
  });

  it("a plan whose title carries markup gives a title without it", () => {
    const doc = `Kế hoạch <<img src=x onerror=alert(1)>img src=x onerror=alert(1)> cải thiện Chỉ số PAPI năm 2024 của tỉnh Cà Mau\nChỉ số PAPI năm 2023 của tỉnh Cà Mau đạt 40,11 điểm.`;
    const r = readPlanDocument(doc, "x.txt");
    expect(r.sources[0]!.title).toBeTruthy();
    expect(r.sources[0]!.title).not.toMatch(OPENS_TAG);
  });
});
