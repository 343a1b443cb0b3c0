import Dexie from 'dexie';

/**
 * A store as version 1 of Verbatim left it, with something in every table: what the
 * upgrade tests open with the current VerbatimDB. Kept free of test-runner imports so
 * that a browser test can write the same store in the extension's origin.
 */
export const V1_SCHEMA = {
  quotes: 'id, &key, createdAt, updatedAt',
  sources: 'url',
  speakers: 'key',
  sightings: '++id, quoteId, &[quoteId+pageUrl]',
  settings: 'key',
};

const SOURCE = 'http://news.example/world/2025/08/17/article-5-like-guarantees';

export const V1_RECORDS = {
  quotes: [
    {
      id: 'q-witkoff',
      key: 'we covered almost all the other issues necessary for a peace deal',
      text: 'We covered almost all the other issues necessary for a peace deal,',
      speaker: 'Steve Witkoff',
      speakerKey: 'steve witkoff',
      sourceUrl: SOURCE,
      context: { before: 'Witkoff said', after: 'he added.' },
      // Set from a page's card before verdicts were per page: which page is not known.
      verdict: 'misquoted',
      note: 'Set from the card on a re-quote page.',
      tags: ['summit'],
      createdAt: '2025-08-17T18:30:00.000Z',
      updatedAt: '2025-08-18T09:00:00.000Z',
    },
    {
      id: 'q-printed',
      key: 'printed words only',
      text: 'Printed words only.',
      speaker: '',
      speakerKey: '',
      sourceUrl: '',
      sourceDetails: { outlet: 'Le Monde', publishedAt: '2025-04-01' },
      context: { before: '', after: '' },
      tags: [],
      createdAt: '2025-04-01T00:00:00.000Z',
      updatedAt: '2025-04-01T00:00:00.000Z',
    },
  ],
  sources: [{ url: SOURCE, title: 'Article 5-like guarantees', outlet: 'Example Daily News', publishedAt: '2025-08-17T18:30:00Z' }],
  speakers: [{ key: 'steve witkoff', name: 'Steve Witkoff' }],
  sightings: [
    { quoteId: 'q-witkoff', pageUrl: 'https://ledger.example/analysis', title: 'Analysis', outlet: 'Ledger', seenAt: '2025-08-18T08:00:00.000Z', matchKind: 'altered' },
    { quoteId: 'q-witkoff', pageUrl: 'https://other.example/a?id=7', seenAt: '2025-08-19T08:00:00.000Z', matchKind: 'exact' },
    { quoteId: 'q-printed', pageUrl: 'https://blog.example/p', seenAt: '2025-08-20T08:00:00.000Z', matchKind: 'partial' },
  ],
  settings: [{ key: 'claimReviewReviewer', value: { name: 'Desk', url: 'https://desk.example/checks' } }],
};

/** Writes V1_RECORDS into a version-1 store named `name`, and closes it. */
export async function writeV1Store(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_SCHEMA);
  await v1.transaction('rw', v1.tables, async () => {
    for (const [table, rows] of Object.entries(V1_RECORDS)) await v1.table(table).bulkAdd(rows);
  });
  v1.close();
}
