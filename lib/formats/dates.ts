/**
 * The dates an import takes: ISO 8601 calendar dates, alone or with a time, as
 * `2024-03-05`, `2024-03`, `2024`, `2024-03-05T14:30`, `2024-03-05T14:30:00Z` or
 * `2024-03-05T14:30:00.000+01:00`. verbatim.schema.json spells the same pattern.
 */
export const ISO_8601 = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3])(:?[0-5]\d)?)?)?)?)?$/;

/** How the README and the messages describe ISO_8601 to a reader. */
export const DATE_FORMS = 'such as 2024-03-05, or 2024-03-05T14:30:00Z with a time';

/** Whether `value` is an ISO 8601 date of a day that exists (no 31 April). */
export function isoDate(value: string): boolean {
  if (!ISO_8601.test(value)) return false;
  const [year, month = 1, day = 1] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
