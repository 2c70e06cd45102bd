/** Folded form of each character met so far (a document uses a few hundred distinct ones). */
const FOLDED = new Map<string, string>();

function foldChar(ch: string): string {
  let f = FOLDED.get(ch);
  if (f === undefined) {
    const plain = ch
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase();
    // One output unit per input unit: astral characters take two UTF-16 units.
    f = plain.length === ch.length ? plain : plain.length > ch.length ? plain.slice(0, ch.length) : plain.padEnd(ch.length, " ");
    FOLDED.set(ch, f);
  }
  return f;
}

/**
 * Folds text for matching while keeping every character at its place: the result has the same
 * length as the NFC-normalised input, so an offset found in the folded text is an offset in the
 * original. Diacritics removed, đ/Đ → d, lower case; punctuation and spacing kept as they are.
 * Linear in the text's length.
 */
export function foldAligned(text: string): { original: string; folded: string } {
  const original = text.normalize("NFC");
  // ASCII letters lower-cased in place; every other UTF-16 unit folded one by one (same length).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, \x00 included, on purpose
  const folded = original.replace(/[A-Z]+/g, (s) => s.toLowerCase()).replace(/[^\x00-\x7f]/gu, foldChar);
  return { original, folded };
}
