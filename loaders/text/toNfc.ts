/** Chunks of about this many UTF-16 units are normalised and compared one at a time. */
const CHUNK = 1 << 16;

/**
 * Text in Unicode NFC, without a second copy of a large text that is NFC already (as almost every
 * file is): the text is normalised in chunks cut before an ASCII character (which never combines
 * with what precedes it), and a new string is built only when some chunk changed.
 */
export function toNfc(text: string): string {
  if (text.length <= CHUNK) return text.normalize("NFC");
  const out: string[] = [];
  let changed = false;
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + CHUNK);
    while (to < text.length && text.charCodeAt(to) >= 0x80) to++;
    const chunk = text.slice(from, to);
    const nfc = chunk.normalize("NFC");
    if (nfc !== chunk) changed = true;
    out.push(nfc);
    from = to;
  }
  return changed ? out.join("") : text;
}
