// @vitest-environment node
// The colour tokens meet WCAG 2.2 AA in both themes: 4.5:1 for text on every background it is drawn on,
// 3:1 for the boundaries and focus rings people must see (1.4.11). Read from src/styles/tokens.css, so a
// token edit that breaks contrast fails here before any story renders.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../src/styles/tokens.css', import.meta.url), 'utf8');

/** The `--tk-color-*` hex values declared in the first rule whose selector contains `selector`. */
function colorsOf(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  const block = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  const colors: Record<string, string> = {};
  for (const [, name, value] of block.matchAll(/--tk-color-([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)) {
    colors[name as string] = (value as string).toLowerCase();
  }
  return colors;
}

const light = colorsOf("[data-theme='light']");
// Dark overrides some tokens; the rest cascade from the light rule on :root.
const dark = { ...light, ...colorsOf("[data-theme='dark']") };

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour → the backgrounds base.css and the component stylesheets draw it on. */
const textPairs: [string, string][] = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['fg', 'surface-hover'],
  ['fg', 'danger-subtle'],
  ['fg', 'accent-subtle'],
  ['fg', 'success-subtle'],
  ['fg', 'warning-subtle'],
  ['muted-fg', 'bg'],
  ['muted-fg', 'surface'],
  ['muted-fg', 'surface-hover'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent', 'accent-subtle'],
  ['accent-fg', 'accent'],
  ['accent-fg', 'accent-hover'],
  ['danger', 'bg'],
  ['danger', 'surface'],
  ['danger', 'danger-subtle'],
  ['danger-fg', 'danger'],
  ['danger-fg', 'danger-hover'],
  ['success', 'bg'],
  ['success', 'success-subtle'],
  ['warning', 'bg'],
  ['warning', 'warning-subtle'],
];

/** Non-text colours people must perceive (control edges, focus, the fill of a primary button) → backgrounds. */
const uiPairs: [string, string][] = [
  ['input-border', 'bg'],
  ['input-border', 'surface'],
  ['focus', 'bg'],
  ['focus', 'surface'],
  ['danger', 'bg'],
  ['accent', 'bg'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('given the %s theme', (_theme, colors) => {
  it.each(textPairs)('text in %s on %s reaches 4.5:1', (fg, bg) => {
    expect(colors[fg], `--tk-color-${fg}`).toBeDefined();
    expect(colors[bg], `--tk-color-${bg}`).toBeDefined();
    expect(contrast(colors[fg]!, colors[bg]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(uiPairs)('%s against %s reaches 3:1', (fg, bg) => {
    expect(contrast(colors[fg]!, colors[bg]!)).toBeGreaterThanOrEqual(3);
  });
});
