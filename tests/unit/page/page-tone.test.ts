// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, isLightOnDark, parseColor } from '@/lib/page/page-tone';

describe('colour arithmetic', () => {
  it('reads the colours getComputedStyle gives', () => {
    expect(parseColor('rgb(17, 24, 39)')).toEqual({ r: 17, g: 24, b: 39, a: 1 });
    expect(parseColor('rgba(255, 214, 64, 0.45)')).toEqual({ r: 255, g: 214, b: 64, a: 0.45 });
    expect(parseColor('rgb(0 0 0 / 50%)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('oklch(0.5 0.1 200)')).toBeUndefined();
  });

  it('computes WCAG contrast and composites a translucent colour', () => {
    const white = { r: 255, g: 255, b: 255, a: 1 };
    const black = { r: 0, g: 0, b: 0, a: 1 };
    expect(contrastRatio(white, black)).toBeCloseTo(21, 5);
    expect(contrastRatio(white, { r: 118, g: 118, b: 118, a: 1 })).toBeCloseTo(4.54, 2);
    expect(composite({ ...white, a: 0.5 }, black)).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
  });
});

describe('isLightOnDark', () => {
  it('tells light text on a dark block from dark text on a light page', () => {
    document.body.innerHTML = `<div style="background-color: rgb(17, 24, 39)"><p id="dark" style="color: rgb(229, 231, 235)">light on dark</p></div>
      <p id="light" style="color: rgb(20, 20, 20)">dark on the canvas</p>
      <div style="background-color: rgb(250, 250, 250)"><p id="grey" style="color: rgb(120, 120, 120)">grey on white</p></div>`;
    expect(isLightOnDark(document.getElementById('dark')!)).toBe(true);
    expect(isLightOnDark(document.getElementById('light')!)).toBe(false);
    expect(isLightOnDark(document.getElementById('grey')!)).toBe(false);
  });

  it('takes light text with no background for a dark colour scheme', () => {
    document.body.innerHTML = `<p id="p" style="color: rgb(230, 230, 230)">light text</p>`;
    expect(isLightOnDark(document.getElementById('p')!)).toBe(true);
  });
});
