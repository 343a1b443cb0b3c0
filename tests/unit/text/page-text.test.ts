// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectPageText, rangeFor, splicePageText, textNodesUnder, textShows, Visibility, walkPageText, type PageText } from '@/lib/text/page-text';

function pageOf(html: string) {
  document.body.innerHTML = html;
  return collectPageText(document.body);
}

describe('collectPageText', () => {
  it('joins inline elements and separates blocks', () => {
    const page = pageOf('<p>An <em>Article 5-like</em> <a href="#">protection</a></p><p>Next</p><div>block<br>line</div>');
    expect(page.text).toBe('An Article 5-like protection\nNext\nblock\nline\n');
  });

  it('leaves out scripts, form fields, `hidden` elements and excluded UI', () => {
    const page = pageOf(`
      <p>seen</p>
      <script>var x = "script text";</script><style>p{}</style><noscript>ns</noscript>
      <textarea>typed</textarea><input value="input">
      <p hidden>hidden attr</p>
      <verbatim-card>own UI</verbatim-card>`);
    const excluded = collectPageText(document.body, (el) => el.localName === 'verbatim-card');
    expect(excluded.text.replace(/\s+/g, ' ').trim()).toBe('seen');
    expect(page.text).toContain('own UI');
  });

  it('knows elements by name whatever their case: inline SVG and MathML text is left out, an XHTML page reads like HTML', () => {
    const page = pageOf('<p>Chart: <svg><text>42%</text></svg><math><mi>x</mi></math> rose</p><DIV>Next</DIV>');
    expect(page.text).toBe('Chart:  rose\nNext\n');
    const xhtml = new DOMParser().parseFromString(
      '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>First <em>words</em></p><script>x()</script><p>Second<br/>line</p></body></html>',
      'application/xhtml+xml',
    );
    expect(collectPageText(xhtml.body).text).toBe('First words\nSecond\nline\n');
  });

  it('reads what styles hide without asking for styles (visibility is asked only where a match lands)', () => {
    const page = pageOf('<p>seen</p><p style="display:none">display none</p>');
    expect(page.text).toBe('seen\ndisplay none\n');
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

describe('what the reader cannot see', () => {
  /** Whether each of `phrases` shows, as the scanner asks it of a match. */
  function shows(page: PageText, ...phrases: string[]): boolean[] {
    const visibility = new Visibility((el) => el.localName === 'verbatim-card');
    return phrases.map((p) => textShows(page, page.text.indexOf(p), page.text.indexOf(p) + p.length, visibility));
  }

  it('says which text styles hide: display:none, visibility, opacity 0 and everything inside it', () => {
    const page = pageOf(`<p>seen <b>bold</b></p><p style="display:none">display <i>none</i></p><p style="visibility:hidden">invisible</p>
      <div style="opacity:0">faded <span style="opacity:1">still faded</span></div>`);
    expect(shows(page, 'seen bold', 'display none', 'invisible', 'faded', 'still faded')).toEqual([true, false, false, false, false]);
  });

  it('sees text an element makes visible again inside a hidden parent', () => {
    const page = pageOf('<div style="visibility:hidden">gone <span style="visibility:visible">back</span></div>');
    expect(shows(page, 'gone', 'back', 'gone back')).toEqual([false, true, false]);
  });

  it('reads a closed <details> as its summary alone, an open one whole', () => {
    const page = pageOf('<details><summary>Title</summary><p>folded</p></details><details open><summary>Other</summary><p>unfolded</p></details>');
    expect(page.text).toBe('Title\nOther\nunfolded\n');
  });

  it('says when something above an element hides it', () => {
    document.body.innerHTML = `
      <div id="a" style="opacity:0"><p id="in-a">x</p></div>
      <details id="d"><summary id="s">s</summary><p id="in-d">y</p></details>
      <div hidden><p id="in-hidden">z</p></div>
      <p id="shown">w</p>`;
    const hidden = (id: string) => new Visibility().hiddenAbove(document.getElementById(id)!);
    expect([hidden('in-a'), hidden('in-d'), hidden('in-hidden'), hidden('s'), hidden('shown')]).toEqual([true, true, true, false, false]);
    document.documentElement.style.opacity = '0';
    expect(hidden('shown')).toBe(true);
    document.documentElement.style.opacity = '';
  });
});

describe('shadow roots', () => {
  it('reads an open shadow root where it renders, slotted light text included, and reports the root', () => {
    document.body.innerHTML = '<p>before</p><x-card id="host"><span slot="who">Rubio</span> light only</x-card><p>after</p>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>In the shadow, <slot name="who"></slot> said so.</p>';
    const roots: ShadowRoot[] = [];
    const walk = walkPageText(document.body, { onShadowRoot: (r) => roots.push(r) });
    let step = walk.next();
    while (!step.done) step = walk.next();
    expect(step.value.text).toBe('before\nIn the shadow, Rubio said so.\nafter\n');
    expect(roots).toEqual([shadow]);
    const start = step.value.text.indexOf('In the shadow');
    const range = rangeFor(step.value, start, start + 'In the shadow'.length);
    expect(range.toString()).toBe('In the shadow');
    expect(range.startContainer.getRootNode()).toBe(shadow);
  });

  it('lists the text nodes under a node, shadow trees included', () => {
    document.body.innerHTML = '<div id="root">a<x-y id="host">b</x-y></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<i>c</i>';
    expect(textNodesUnder(document.getElementById('root')!).map((t) => t.data).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('splicePageText', () => {
  it('replaces one block’s nodes with its new text and moves what follows', () => {
    document.body.innerHTML = '<p>one</p><div id="b"><p>two</p></div><p>three</p>';
    const page = collectPageText(document.body);
    const block = document.getElementById('b')!;
    block.innerHTML = '<p>second</p><p>and more</p>';
    const { page: next, start, end, shift, cut } = splicePageText(page, 1, 2, collectPageText(block));
    expect(next.text).toBe(collectPageText(document.body).text);
    expect(next.text.slice(start, end)).toBe('second\nand more');
    expect(shift).toBe('second\nand more'.length - 'two'.length);
    expect(page.text.slice(cut[0], cut[1])).toBe('\ntwo\n');
    expect(next.nodes.map((n) => n.data)).toEqual(['one', 'second', 'and more', 'three']);
    expect(next.nodes.map((_node, i) => next.text.slice(next.starts[i], next.ends[i]))).toEqual(['one', 'second', 'and more', 'three']);
  });

  it('takes a block out, and puts one in where there was none', () => {
    document.body.innerHTML = '<p>one</p><p>two</p><p>three</p>';
    const page = collectPageText(document.body);
    const gone = splicePageText(page, 1, 2, collectPageText(document.createElement('div')));
    expect(gone.page.text).toBe('one\nthree\n');
    const added = document.createElement('p');
    added.textContent = 'new';
    document.body.append(added);
    const grown = splicePageText(page, 3, 3, collectPageText(added));
    expect(grown.page.text).toBe('one\ntwo\nthree\nnew');
    expect(grown.page.nodes.at(-1)!.data).toBe('new');
  });
});
