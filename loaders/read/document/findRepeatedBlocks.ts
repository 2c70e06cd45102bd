/** A run of lines printed twice: `first` and `repeat` are 1-based start lines, `length` lines long. */
export interface RepeatedBlock {
  first: number;
  repeat: number;
  length: number;
}

/**
 * Finds blocks of at least `minLines` non-blank consecutive lines repeated verbatim later in the
 * document (an extraction that printed a page twice). Short boilerplate repeated between
 * sections ("b) Trách nhiệm thực hiện / - Đơn vị chủ trì: Sở Nội vụ.") is not a repeated block:
 * a block must also hold `minChars` characters of text.
 */
export function findRepeatedBlocks(lines: string[], minLines = 3, minChars = 400): RepeatedBlock[] {
  const norm = lines.map((l) => l.trim());
  const blocks: RepeatedBlock[] = [];
  const covered = new Set<number>();
  const at = new Map<string, number[]>();
  norm.forEach((l, i) => {
    if (!l) return;
    const list = at.get(l);
    if (list) list.push(i);
    else at.set(l, [i]);
  });
  for (let i = 0; i < norm.length; i++) {
    // A line inside a repeat starts no block of its own: a third copy of it is found from the first.
    if (!norm[i] || covered.has(i)) continue;
    for (const j of at.get(norm[i]!)!) {
      if (j <= i || covered.has(j)) continue;
      if (i > 0 && j > 0 && norm[i - 1] && norm[i - 1] === norm[j - 1]) continue; // inside a longer run
      let k = 0;
      let textLines = 0;
      let chars = 0;
      while (j + k < norm.length && i + k < j && norm[i + k] === norm[j + k]) {
        if (norm[i + k]) {
          textLines++;
          chars += norm[i + k]!.length;
        }
        k++;
      }
      while (k > 0 && !norm[i + k - 1]) k--; // trailing blank lines are not part of the block
      if (textLines >= minLines && chars >= minChars) {
        blocks.push({ first: i + 1, repeat: j + 1, length: k });
        for (let m = 0; m < k; m++) covered.add(j + m);
      }
    }
  }
  return blocks;
}
