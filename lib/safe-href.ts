/**
 * `url` (resolved against `base` when relative) as an absolute address when it is
 * a web page a link may point to; otherwise undefined, so no `javascript:` or
 * `data:` link is ever made from page or imported text.
 */
export function safeHref(url: string | null | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
