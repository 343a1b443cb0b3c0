import { useEffect, useState } from 'preact/hooks';
import { callBackground } from '@/lib/messages';
import type { SourceHistory as History } from '@/lib/store/sightings';
import { formatDate } from '@/lib/format-date';
import { safeHref } from '@/lib/safe-href';

/** The outlet's name, or the page's host when it gives none. */
export function siteName(page: { url: string; outlet?: string }): string {
  if (page.outlet) return page.outlet;
  try {
    return new URL(page.url).hostname;
  } catch {
    return page.url;
  }
}

function label(page: { url: string; title?: string; outlet?: string }): string {
  return page.title ? `${siteName(page)}: ${page.title}` : siteName(page);
}

function PageLink({ page }: { page: { url: string; title?: string; outlet?: string } }) {
  const href = safeHref(page.url);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label(page)}
    </a>
  ) : (
    <span>{label(page)}</span>
  );
}

/** The card's account of where a quote has been: where it was first seen, and every other page since. */
export function SourceHistory({ quoteId }: { quoteId: string }) {
  const [history, setHistory] = useState<History | null>();
  useEffect(() => {
    void callBackground('sourceHistory', quoteId).then((h) => setHistory(h ?? null), () => setHistory(null));
  }, [quoteId]);
  if (!history) return null;
  const { first, others } = history;
  const n = others.length;
  return (
    <section class="history" aria-label="Where this quote was seen">
      <p class="first-seen">
        First seen in <PageLink page={first} />
        {first.date && <span class="when"> · {formatDate(first.date)}</span>}
      </p>
      {n > 0 && (
        <details class="also-seen">
          <summary>
            Also seen on {n} {n === 1 ? 'page' : 'pages'}
          </summary>
          <ul>
            {others.map((s) => (
              <li key={s.pageUrl}>
                <PageLink page={{ url: s.pageUrl, title: s.title, outlet: s.outlet }} />
                <span class="when">
                  {' '}
                  · {formatDate(s.seenAt)}
                  {s.matchKind !== 'exact' && ` · ${s.matchKind}`}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
