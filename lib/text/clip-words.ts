/**
 * At most `count` words of `text` from its start (or, with `keep: 'end'`, from its
 * end), with an ellipsis where words were cut. White space between the kept words,
 * line breaks included, stays as it was.
 */
export function clipWords(text: string, count: number, keep: 'start' | 'end' = 'start'): string {
  const words = [...text.matchAll(/\S+/g)];
  if (words.length <= count) return text;
  if (keep === 'start') {
    const last = words[count - 1];
    return `${text.slice(0, last.index + last[0].length)}…`;
  }
  return `…${text.slice(words[words.length - count].index)}`;
}
