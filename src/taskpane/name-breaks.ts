/**
 * Where a long indicator name may wrap in the pane's narrow grid: after `_ - / .` and between the
 * words of a CamelCase name ("ElectricityFromFossilFuelsPerc" → Electricity|From|Fossil|Fuels|Perc,
 * "GDPPerCapitaUS" → GDP|Per|Capita|US). The pane puts a <wbr> between the pieces, so the name wraps
 * at a word instead of being cut, and its text stays exactly the name. Pure; no regex lookbehind
 * (older Office WebViews on Mac do not parse it).
 */

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();

/** The pieces of `name` between wrap opportunities; joined they give `name` back. */
export function namePieces(name: string): string[] {
  const chars = [...name];
  const pieces: string[] = [];
  let cur = "";
  chars.forEach((c, i) => {
    const prev = chars[i - 1] ?? "";
    const next = chars[i + 1] ?? "";
    const wordStart = cur !== "" && isUpper(c) && (isLower(prev) || (isUpper(prev) && isLower(next)));
    if (wordStart) {
      pieces.push(cur);
      cur = "";
    }
    cur += c;
    if ("_-/.".includes(c) && next !== "") {
      pieces.push(cur);
      cur = "";
    }
  });
  if (cur !== "") pieces.push(cur);
  return pieces;
}
