// @vitest-environment node
/**
 * The kit's stylesheets stay cheap to restyle: no selector ends in a sibling combinator over `*`
 * (`> * + *`, `* ~ *`). Chromium tracks such a rule for every element in the page, so inserting or
 * removing any element restyles all its later siblings: one such rule made each row scrolled into the
 * members table restyle the whole table (npm run bench, "MembersTable: scroll").
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const stylesDir = fileURLToPath(new URL('../src/styles/', import.meta.url));

/** Every selector of a stylesheet (at-rule preludes left out), comments removed. */
function selectorsOf(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const selectors: string[] = [];
  for (const match of withoutComments.matchAll(/([^{};]+)\{/g)) {
    const prelude = (match[1] ?? '').trim();
    if (prelude === '' || prelude.startsWith('@')) continue;
    selectors.push(...prelude.split(',').map((s) => s.trim().replace(/\s+/g, ' ')));
  }
  return selectors;
}

/** Whether a selector's last compound is `*` (or `:where(*)`) right after a `+` or `~` combinator. */
function endsInUniversalSibling(selector: string): boolean {
  return /[+~]\s*(?:\*|:where\(\s*\*\s*\))\s*(?:::?[a-z-]+)?$/.test(selector);
}

describe('endsInUniversalSibling', () => {
  it('flags a lobotomized owl and a general-sibling universal', () => {
    expect(endsInUniversalSibling('[data-part="description"] > * + *')).toBe(true);
    expect(endsInUniversalSibling('.a ~ *')).toBe(true);
    expect(endsInUniversalSibling('.a + :where(*)')).toBe(true);
  });
  it('lets a sibling combinator over a named part pass', () => {
    expect(endsInUniversalSibling('[data-part="a"] + [data-part="b"]')).toBe(false);
    expect(endsInUniversalSibling(':where([data-teamkit]) *')).toBe(false);
  });
});

describe('given the kit stylesheets', () => {
  const files = readdirSync(stylesDir).filter((file) => file.endsWith('.css'));

  it('reads every one of them and finds selectors (index.css only imports the others)', () => {
    expect(files.length).toBeGreaterThan(5);
    for (const file of files.filter((name) => name !== 'index.css')) {
      expect(selectorsOf(readFileSync(path.join(stylesDir, file), 'utf8')).length, file).toBeGreaterThan(0);
    }
  });

  it('has no selector ending in a sibling combinator over *', () => {
    const offending = files.flatMap((file) =>
      selectorsOf(readFileSync(path.join(stylesDir, file), 'utf8'))
        .filter(endsInUniversalSibling)
        .map((selector) => `${file}: ${selector}`),
    );
    expect(offending).toEqual([]);
  });
});
