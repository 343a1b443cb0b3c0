/** "1 quote", "2,000 quotes": a count with the noun that agrees with it. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
