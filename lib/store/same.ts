/**
 * Whether two stored values say the same, field by field: key order does not
 * matter, and a field set to undefined is the same as a field left out.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => sameValue(v, (b as unknown[])[i]));
  const fields = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined);
  const left = fields(a);
  const right = new Map(fields(b));
  return left.length === right.size && left.every(([k, v]) => right.has(k) && sameValue(v, right.get(k)));
}
