import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { clickHighlight, closeCard, pageMatches, readCard, SCREENSHOTS, startSession, type Session } from './extension';

let session: Session;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  session = await startSession();
});
afterAll(() => session?.close());

describe('a French page that credits a known quote to someone else', () => {
  it('warns in the card, reading the French cue with the same reader as detection', async () => {
    const page = await session.open('/speakers/fr-misattribution.html');
    const matches = await pageMatches(session, page);
    const credited = Object.fromEntries(matches.map((m) => [m.quote.speaker, { misattributed: m.misattributed, pageSpeaker: m.pageSpeaker }]));
    expect(credited['Marco Rubio']).toEqual({ misattributed: true, pageSpeaker: 'Emmanuel Macron' });
    expect(credited['Steve Witkoff']).toMatchObject({ misattributed: false, pageSpeaker: 'Steve Witkoff' });

    await clickHighlight(page, 'Now, ultimately');
    const card = await readCard(page);
    expect(card?.text).toContain('The page credits Emmanuel Macron; the original speaker is Marco Rubio.');
    await page.screenshot({ path: join(SCREENSHOTS, 'speakers-french-misattribution.png') });
    await closeCard(page);

    // The quote the page credits to its own speaker opens a card with no warning.
    await clickHighlight(page, 'We covered almost');
    const right = await readCard(page);
    expect(right?.text).toContain('Steve Witkoff');
    expect(right?.text).not.toContain('The page credits');
  });
});
