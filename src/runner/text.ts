/** Small wording helpers shared by the runner's messages. */

/** "1 area", "2 areas", "0 rows": a count with its noun in the right number. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Columns a text takes in a terminal: East Asian Wide and Fullwidth characters (Unicode UAX #11:
 * CJK ideographs, kana, Hangul, CJK punctuation, full-width forms) count 2, combining marks and
 * zero-width characters 0, everything else 1. So "北京市" is 6 columns, not 3.
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200f) || c === 0xfeff || (c >= 0xfe00 && c <= 0xfe0f)) continue;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0x303e) ||
      (c >= 0x3041 && c <= 0x33ff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xa000 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1f300 && c <= 0x1f64f) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

/** Pads a text with spaces to `width` terminal columns ({@link displayWidth}), on the right or (`start`) the left. */
export function padDisplay(text: string, width: number, start = false): string {
  const pad = " ".repeat(Math.max(0, width - displayWidth(text)));
  return start ? pad + text : text + pad;
}
