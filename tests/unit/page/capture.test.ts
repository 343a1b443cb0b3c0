import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { currentPageRef, describePage } from '@/lib/page/capture';

const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: 'https://ledger.example/article' });
beforeAll(() => {
  vi.stubGlobal('document', window.document);
  vi.stubGlobal('location', window.location);
});
afterAll(() => vi.unstubAllGlobals());

const setHead = (title: string, outlet: string) => {
  window.document.head.innerHTML = `<title>${title}</title><meta property="og:site_name" content="${outlet}">`;
};

describe('the page a scan describes', () => {
  it('is read once per scan and reused until the next scan or a new address', () => {
    setHead('First headline', 'The Ledger');
    expect(describePage()).toEqual({ url: 'https://ledger.example/article', title: 'First headline', outlet: 'The Ledger' });
    setHead('Second headline', 'The Ledger');
    // The card and the save form reuse what the scan read: no metadata is read again.
    expect(currentPageRef()).toMatchObject({ title: 'First headline' });
    expect(describePage()).toMatchObject({ title: 'Second headline' });
    expect(currentPageRef()).toMatchObject({ title: 'Second headline' });

    // A single-page site moved to another article: described afresh, even before the next scan.
    setHead('Third headline', 'The Ledger');
    window.history.pushState(null, '', '/another-article');
    expect(currentPageRef()).toEqual({ url: 'https://ledger.example/another-article', title: 'Third headline', outlet: 'The Ledger' });
  });
});
