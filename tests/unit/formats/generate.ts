import type { Quote } from '../../../lib/model';
import type { Appearance } from '../../../lib/store/appearances';
import { VERDICTS } from '../../../lib/model';

/** A small seeded generator (mulberry32), so a failing case can be replayed from its seed. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick };
}

// Pieces that break naive writers: quotes inside quotes, separators, markup, formulas, other scripts.
const PIECES = [
  'the', 'Ukraine', 'security', 'guarantees', 'naïve', 'Zelenskyy', 'Коалиция', '和平', 'مرحبا', '🙂', 'café',
  '"quoted"', '“curly”', "it's", '‘Coalition of the willing’', ',', ';', '|', '\n', '\r\n', '  ', '\t', '#', '*bold*', '_x_',
  '<b>', '<script>alert(1)</script>', '&amp;', '=SUM(A1)', '+1', '-2', '@cmd', '\\', '> not a quote', '- item', '1.', '[link](x)', '`code`',
];

function phrase(r: ReturnType<typeof random>, words: number, pieces = PIECES): string {
  return Array.from({ length: words }, () => r.pick(pieces)).join(r.pick([' ', ' ', '', ', ']));
}

/** A quote as the library holds it after normalization (trimmed speaker, tags without `;`). */
export function generateQuote(r: ReturnType<typeof random>, i: number): Quote {
  const word = `w${i}x${r.int(1e9).toString(36)}`; // makes the words of every generated quote unique
  const text = `${phrase(r, 1 + r.int(12))} ${word} ${phrase(r, r.int(4))}`;
  const hasVerdict = r.next() < 0.7;
  const tags = [...new Set(Array.from({ length: r.int(3) }, () => phrase(r, 1 + r.int(2), PIECES.filter((p) => !/[;\s]/.test(p)))).filter(Boolean))];
  const q: Quote = {
    id: crypto.randomUUID(),
    text,
    speaker: r.next() < 0.2 ? '' : phrase(r, 2, PIECES.filter((p) => !/\s/.test(p))).trim(),
    source: {
      // One source in ten is known without a URL (a printed paper, a broadcast): its details must survive.
      url: r.next() < 0.1 ? '' : `https://news${r.int(5)}.example/a/${i}?q=${r.int(100)}&x=1`,
      title: phrase(r, 3).replace(/\s+/g, ' ').trim() || 'Title',
      outlet: r.pick(['Example Daily', 'El País', 'Le Monde, Paris', '"The" Times']),
      publishedAt: r.pick([`2025-0${1 + r.int(9)}-1${r.int(9)}T0${r.int(9)}:00:00Z`, `2025-0${1 + r.int(9)}-2${r.int(9)}`]),
      author: r.pick(['Ana Núñez', 'Zoë O’Brien', 'Иван Петров']),
      lang: r.pick(['en', 'fr', 'es-ES']),
    },
    context: { before: phrase(r, r.int(6)), after: phrase(r, r.int(6)) },
    tags,
    createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 1, 1) + i * 1000).toISOString(),
  };
  if (hasVerdict) q.verdict = r.pick(VERDICTS);
  if (r.next() < 0.6) q.note = phrase(r, 1 + r.int(10));
  return q;
}

export function generateLibrary(seed: number, count: number): { quotes: Quote[]; sightings: Appearance[] } {
  const r = random(seed);
  const quotes = Array.from({ length: count }, (_, i) => generateQuote(r, i));
  const sightings = quotes.flatMap((q, i) =>
    Array.from({ length: r.int(3) }, (_, j) => ({
      quoteId: q.id,
      pageUrl: `https://other${j}.example/p/${i}`,
      title: `Page ${i}.${j}`,
      seenAt: new Date(Date.UTC(2026, 2, 1) + i * 1000 + j).toISOString(),
      matchKind: r.pick(['exact', 'partial', 'altered', 'abridged'] as const),
    })),
  );
  return { quotes, sightings };
}
