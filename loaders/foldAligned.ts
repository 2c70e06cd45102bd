/**
 * Folds text for matching while keeping every character at its place: the result has the same
 * length as the NFC-normalised input, so an offset found in the folded text is an offset in the
 * original. Diacritics removed, đ/Đ → d, lower case; punctuation and spacing kept as they are.
 */
export function foldAligned(text: string): { original: string; folded: string } {
  const original = text.normalize("NFC");
  let folded = "";
  for (const ch of original) {
    const f = ch
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase();
    // One output unit per input unit: astral characters take two UTF-16 units.
    const out = f.length === ch.length ? f : f.length > ch.length ? f.slice(0, ch.length) : f.padEnd(ch.length, " ");
    folded += out;
  }
  return { original, folded };
}
