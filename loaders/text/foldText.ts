/**
 * Folds Vietnamese text to a comparison key: no diacritics (đ/Đ mapped explicitly, as it
 * does not decompose under NFD), lower case, markup and punctuation removed, single spaces.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/<\/?[a-z][^>]*>/g, " ")
    .replace(/[*_`“”"'‘’()[\]]/g, " ")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim()
    .replace(/\s+/g, " ");
}

/** Removes markdown/HTML emphasis from a table cell: `**45,06**`, `<i>0,81</i>`, `*x*`. */
export function stripMarkup(cell: string): string {
  return stripTags(cell)
    .replace(/\*\*|__/g, "")
    .replace(/(^|\s)\*(\S)/g, "$1$2")
    .replace(/(\S)\*(\s|$)/g, "$1$2")
    .replace(/^\*|\*$/g, "")
    .trim();
}

const TAG_RE = /<\/?[a-zA-Z][^<>]*>/g;

/**
 * Text without HTML tags, however they are nested: "<<img …>img …>" loses its inner tag and then
 * the outer one, and a "<" that still opens a tag is dropped, so what is left can never be
 * read as markup. Linear: a tag holds no "<", so each pass removes every innermost tag.
 */
export function stripTags(text: string): string {
  let out = text;
  for (let pass = 0; pass < 4; pass++) {
    const next = out.replace(TAG_RE, "");
    if (next === out) break;
    out = next;
  }
  return dropTagOpeners(out);
}

/** Drops every "<" that would open a tag in the text that follows it once earlier ones are gone (right to left, linear). */
function dropTagOpeners(text: string): string {
  if (!text.includes("<")) return text;
  const opener = /[a-zA-Z!?]/;
  const kept: string[] = [];
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i]!;
    const next = kept[kept.length - 1];
    const after = kept[kept.length - 2];
    if (c === "<" && next !== undefined && (opener.test(next) || (next === "/" && after !== undefined && opener.test(after)))) continue;
    kept.push(c);
  }
  return kept.reverse().join("");
}

/** Levenshtein distance, for OCR-damaged names. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Similarity in [0, 1]: 1 − distance / longer length. */
export function similarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - editDistance(a, b) / n;
}
