// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { quoteStep, rangeIndexIn, steppedIndex } from '@/lib/page/keyboard-nav';

const key = (code: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({ code, altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('quote shortcuts', () => {
  it('reads Alt+Shift+. and Alt+Shift+, by key position, and nothing else', () => {
    expect(quoteStep(key('Period', { altKey: true, shiftKey: true }))).toBe(1);
    expect(quoteStep(key('Comma', { altKey: true, shiftKey: true }))).toBe(-1);
    expect(quoteStep(key('Period', { altKey: true }))).toBe(0);
    expect(quoteStep(key('Period', { altKey: true, shiftKey: true, ctrlKey: true }))).toBe(0);
    expect(quoteStep(key('KeyS', { altKey: true, shiftKey: true }))).toBe(0);
  });

  it('steps through the quotes in page order, wrapping around', () => {
    expect(steppedIndex(undefined, 3, 1)).toBe(0);
    expect(steppedIndex(undefined, 3, -1)).toBe(2);
    expect(steppedIndex(2, 3, 1)).toBe(0);
    expect(steppedIndex(0, 3, -1)).toBe(2);
    expect(steppedIndex(1, 3, 1)).toBe(2);
    expect(steppedIndex(undefined, 0, 1)).toBeUndefined();
  });

  it('finds the quote whose words are in a link', () => {
    document.body.innerHTML = '<p id="p">He said <a href="/x">the deal is done</a> and <a href="/y">left</a>.</p>';
    const [first, second] = [...document.querySelectorAll('a')];
    const quoted = document.createRange();
    quoted.setStart(first.firstChild!, 4);
    quoted.setEnd(first.firstChild!, 16);
    const before = document.createRange();
    before.setStart(document.getElementById('p')!.firstChild!, 0);
    before.setEnd(document.getElementById('p')!.firstChild!, 7);
    expect(rangeIndexIn([before, quoted], first)).toBe(1);
    expect(rangeIndexIn([before, quoted], second)).toBeUndefined();
  });
});
