// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChangeWatch, readChanges } from '@/lib/page/text-changes';

let watch: ChangeWatch;
const ownUi = (el: Element) => el.localName === 'verbatim-card';

beforeEach(() => {
  document.head.innerHTML = '<style id="hider">body { visibility: hidden }</style>';
  document.body.innerHTML = `
    <article id="story"><p id="one">First <em id="em">words</em> here.</p><div id="more" class="rest"><p id="two">Second.</p></div></article>
    <aside id="aside"><span id="ticker">0</span></aside>
    <x-embed id="host"></x-embed><div id="icon"></div>`;
  document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p id="inside">Shadow text.</p>';
  watch = new ChangeWatch(document, () => undefined);
  watch.connect();
});
afterEach(() => watch.disconnect());

const $ = (id: string) => document.getElementById(id)!;
const changes = () => readChanges(watch.take(), ownUi);
const ids = (els: Element[]) => els.map((e) => e.id).sort();

describe('readChanges', () => {
  it('reads a changed inline element as the block it is in', () => {
    $('em').textContent = 'changed';
    expect(ids(changes().blocks)).toEqual(['one']);
  });

  it('sees text shown or hidden by a class, `hidden` or an opened <details>', () => {
    $('more').classList.remove('rest');
    $('two').hidden = true;
    const c = changes();
    // #two is inside #more: one block covers both.
    expect(ids(c.blocks)).toEqual(['more']);
    expect(c.restyled).toBe(false);
  });

  it('reads one block for many changes inside it, and separate blocks apart', () => {
    $('one').append(' more');
    $('two').textContent = 'Replaced.';
    $('ticker').textContent = '1';
    $('story').append(Object.assign(document.createElement('p'), { id: 'three', textContent: 'Third.' }));
    expect(ids(changes().blocks)).toEqual(['aside', 'one', 'three', 'two']);
  });

  it('counts removed text against the block it was taken from', () => {
    const two = $('two');
    two.remove();
    const c = changes();
    expect(ids(c.blocks)).toEqual(['more']);
    expect(c.removed.get($('more'))).toEqual([two]);
  });

  it('treats a style sheet coming or going, and classes on <html> or <body>, as a restyle of the whole page', () => {
    $('hider').remove();
    expect(changes().restyled).toBe(true);
    document.documentElement.classList.add('async-hide');
    expect(changes().restyled).toBe(true);
    document.body.className = 'ready';
    expect(changes().restyled).toBe(true);
  });

  it('ignores changes that add no text, and the extension’s own UI', () => {
    $('story').append(document.createElement('div'));
    $('icon').setAttribute('style', 'color: red');
    document.body.append(Object.assign(document.createElement('verbatim-card'), { textContent: 'card' }));
    const card = document.querySelector('verbatim-card')!;
    expect(changes().blocks).toEqual([]);
    card.setAttribute('style', 'top: 10px');
    card.textContent = 'other card';
    expect(changes().blocks).toEqual([]);
  });

  it('sees changes inside a shadow root it watches, as a change to the block there', () => {
    const shadow = $('host').shadowRoot!;
    watch.watch(shadow);
    shadow.getElementById('inside')!.textContent = 'New shadow text.';
    expect(changes().blocks).toEqual([shadow.getElementById('inside')]);
  });
});
