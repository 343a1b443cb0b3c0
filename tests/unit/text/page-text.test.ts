// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectPageText, rangeFor } from '@/lib/text/page-text';

function pageOf(html: string) {
  document.body.innerHTML = html;
  return collectPageText(document.body);
}

describe('collectPageText', () => {
  it('joins inline elements and separates blocks', () => {
    const page = pageOf('<p>An <em>Article 5-like</em> <a href="#">protection</a></p><p>Next</p><div>block<br>line</div>');
    expect(page.text).toBe('An Article 5-like protection\nNext\nblock\nline\n');
  });

  it('leaves out scripts, form fields, hidden elements and excluded UI', () => {
    const page = pageOf(`
      <p>seen</p>
      <script>var x = "script text";</script><style>p{}</style><noscript>ns</noscript>
      <textarea>typed</textarea><input value="input">
      <p hidden>hidden attr</p><p style="display:none">display none</p><p style="visibility:hidden">invisible</p>
      <verbatim-card>own UI</verbatim-card>`);
    const excluded = collectPageText(document.body, (el) => el.localName === 'verbatim-card');
    expect(excluded.text.replace(/\s+/g, ' ').trim()).toBe('seen');
    expect(page.text).toContain('own UI');
  });

  it('keeps text an element makes visible again inside a hidden parent', () => {
    const page = pageOf('<div style="visibility:hidden">gone <span style="visibility:visible">back</span></div>');
    expect(page.text.trim()).toBe('back');
  });
});

describe('rangeFor', () => {
  it('maps offsets back to an exact DOM range across inline elements', () => {
    const page = pageOf('<p id="p">an <em>Article 5-like</em> <a href="#">protection</a> was</p>');
    const start = page.text.indexOf('Article');
    const end = page.text.indexOf(' was');
    const range = rangeFor(page, start, end);
    expect(range.toString()).toBe('Article 5-like protection');
    expect(range.startContainer.parentElement?.tagName).toBe('EM');
    expect(range.endContainer.parentElement?.tagName).toBe('A');
  });

  it('maps a range that crosses a <br> and a block separator', () => {
    const page = pageOf('<div>first line<br>second line</div><p>third</p>');
    const range = rangeFor(page, page.text.indexOf('line'), page.text.indexOf('third') + 5);
    expect(range.toString()).toBe('linesecond linethird');
  });
});
