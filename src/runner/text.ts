/** Small wording helpers shared by the runner's messages. */

/** "1 area", "2 areas", "0 rows": a count with its noun in the right number. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
