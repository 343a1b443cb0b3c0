/** "17 August 2025" for an ISO date, or the input itself when it is not a date. */
export function formatDate(iso: string | undefined, locale?: string): string {
  if (!iso) return '';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(time);
}
