// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectPageText, rangeFor } from '@/lib/text/page-text';
import { createMatcher } from '@/lib/match/matcher';

const quote = { id: 'q', text: 'We were able to win the following concession: That the United States could offer Article 5-like protection.' };

function highlighted(html: string): string[] {
  document.body.innerHTML = html;
  const page = collectPageText(document.body);
  return createMatcher([quote]).match(page.text).map((m) => rangeFor(page, m.start, m.end).toString());
}

describe('matches as DOM ranges', () => {
  it('cover a quote that runs across <a> and <em> as one range', () => {
    expect(highlighted('<p>“We were able to <a href="#">win the <em>following</em> concession</a>: That the United States could <em>offer Article</em> 5-like protection.”</p>')).toEqual([
      'We were able to win the following concession: That the United States could offer Article 5-like protection',
    ]);
  });

  it('cover a quote broken by <br> (a separator, like a line break)', () => {
    expect(highlighted('<p>“We were able to win the following concession:<br>That the United States could offer Article 5-like protection.”</p>')).toEqual([
      'We were able to win the following concession:That the United States could offer Article 5-like protection',
    ]);
  });

  it('start and end inside elements when the quote does', () => {
    document.body.innerHTML = '<p>He said <b>“We were able</b> to win the following concession: That the United States could offer Article 5-like <i>protection.” Then</i> left.</p>';
    const page = collectPageText(document.body);
    const [m] = createMatcher([quote]).match(page.text);
    const range = rangeFor(page, m.start, m.end);
    expect(range.startContainer.parentElement?.tagName).toBe('B');
    expect(range.endContainer.parentElement?.tagName).toBe('I');
    expect(range.toString()).toBe('We were able to win the following concession: That the United States could offer Article 5-like protection');
  });
});
