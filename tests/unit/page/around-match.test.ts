// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { textAround } from '@/lib/page/around-match';

describe('textAround', () => {
  it('reads the text of the match’s paragraph on each side of it, across inline elements, and no further', () => {
    document.body.innerHTML = '<p>Before.</p><p id="p">Supporters point to an <em>Article 5-like protection</em> was on offer, <a href="/x">"which is one of the reasons."</a> Done.</p><p>After.</p>';
    const link = document.querySelector('a')!.firstChild!;
    const range = document.createRange();
    range.setStart(link, 1);
    range.setEnd(link, 28);
    expect(textAround(range)).toEqual({ before: 'Supporters point to an Article 5-like protection was on offer, "', after: '." Done.' });
  });
});
