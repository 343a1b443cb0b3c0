// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { holdsText, textArrives } from '@/lib/page/text-arrives';

const settle = () => new Promise((r) => setTimeout(r, 20));
const el = (html: string) => Object.assign(document.createElement('div'), { innerHTML: html });

describe('holdsText', () => {
  it('finds text a reader could see, not script, style, hidden elements or blank space', () => {
    expect(holdsText(el('<p>An embedded story.</p>'))).toBe(true);
    expect(holdsText(el(' <script>var ad = "script text";</script><style>p{}</style><p hidden>Later.</p>\n <img alt="x"> '))).toBe(false);
    expect(holdsText(document.createTextNode('  '))).toBe(false);
  });

  it('counts an open shadow root as text: only the walk reads inside', () => {
    const host = el('');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Inside.</p>';
    expect(holdsText(host)).toBe(true);
  });
});

describe('textArrives', () => {
  it('waits for text a reader could see, not for script or blank space, and resolves at once when it is there', async () => {
    document.body.innerHTML = '<div id="slot"> <script>var ad = "script text";</script> </div>';
    const slot = document.getElementById('slot')!;
    let arrived = false;
    const waiting = textArrives(document).then(() => (arrived = true));
    slot.append(el('<span> </span><script>more()</script>'));
    await settle();
    expect(arrived).toBe(false);
    slot.append(el('<p>An embedded story.</p>'));
    await waiting;
    expect(arrived).toBe(true);
    await textArrives(document);
  });

  it('sees blank text that turns into words', async () => {
    document.body.innerHTML = '<p id="p"> </p>';
    let arrived = false;
    const waiting = textArrives(document).then(() => (arrived = true));
    await settle();
    expect(arrived).toBe(false);
    (document.getElementById('p')!.firstChild as Text).data = 'Breaking: the summit ends.';
    await waiting;
    expect(arrived).toBe(true);
  });
});
