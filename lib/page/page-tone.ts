/** A colour in sRGB, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Reads the `rgb()` / `rgba()` colours that getComputedStyle gives; other notations are left unread. */
export function parseColor(css: string): Rgba | undefined {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(css.trim());
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

/** `top` painted over an opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG 2 relative luminance. */
export function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio, 1 to 21 (AA asks 4.5 for body text). */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The first background under `el` that mostly hides what is behind it (alpha ≥ 0.5), if any. */
function backgroundUnder(el: Element): Rgba | undefined {
  const view = el.ownerDocument.defaultView;
  for (let at: Element | null = el; at && view; at = at.parentElement) {
    const bg = parseColor(view.getComputedStyle(at).backgroundColor);
    if (bg && bg.a >= 0.5) return bg;
  }
  return undefined;
}

/**
 * Whether the text of `el` is light on a dark background (a dark page, or a dark
 * block on a light one): highlights there get their dark-page colours, which keep
 * light text readable. With no background set, the page is the browser's canvas,
 * white unless the text is light (a dark colour scheme).
 */
export function isLightOnDark(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  const text = view && parseColor(view.getComputedStyle(el).color);
  if (!text) return false;
  const bg = backgroundUnder(el);
  return bg ? luminance(bg) < luminance(text) : luminance(text) > 0.5;
}
