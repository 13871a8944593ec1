// The theme's custom properties for stories/docs/theming-reference.json (scripts/extract-parts.mjs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from './parts-source.mjs';

/**
 * Every `--tk-*` token with its light and dark value and the stylesheets that use it, and the other custom
 * properties (set by a stylesheet or inline by a component from a measured value).
 */
export function themeTokens(root, sources) {
  // Tokens: light values from the :root rule, dark overrides from the dark rule; plus any other custom
  // property the stylesheets use (runtime-measured values such as a column width).
  const tokensCss = readFileSync(path.join(root, 'src/styles/tokens.css'), 'utf8');
  const ruleBody = (selector) => {
    const start = tokensCss.indexOf(selector);
    if (start < 0) return '';
    return tokensCss.slice(tokensCss.indexOf('{', start) + 1, tokensCss.indexOf('}', start));
  };
  const declarations = (body) =>
    new Map(
      [...body.matchAll(/(--tk-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [
        m[1],
        m[2].replace(/\s+/g, ' ').trim(),
      ]),
    );
  const light = declarations(ruleBody("[data-theme='light']"));
  const dark = declarations(ruleBody("[data-theme='dark']"));

  const cssFiles = filesUnder(root, 'src/styles', ['.css']).filter((f) => !f.endsWith('tokens.css'));
  const usedBy = new Map();
  const declaredElsewhere = new Map();
  for (const file of cssFiles) {
    const css = readFileSync(path.join(root, file), 'utf8');
    for (const m of css.matchAll(/var\((--tk-[\w-]+)/g)) {
      const set = usedBy.get(m[1]) ?? new Set();
      set.add(path.basename(file));
      usedBy.set(m[1], set);
    }
    if (file.endsWith('shadcn.css')) continue;
    for (const m of css.matchAll(/(--tk-[\w-]+)\s*:/g)) declaredElsewhere.set(m[1], path.basename(file));
  }
  for (const { code } of sources) {
    for (const m of code.matchAll(/['"](--tk-[\w-]+)['"]/g)) {
      if (!light.has(m[1]) && !declaredElsewhere.has(m[1]))
        declaredElsewhere.set(m[1], 'set inline by a component');
    }
  }

  const groupOf = (name) => name.replace(/^--tk-/, '').split('-')[0];
  const tokens = [...new Set([...light.keys(), ...dark.keys()])].sort().map((name) => ({
    name,
    group: groupOf(name),
    light: light.get(name) ?? null,
    dark: dark.get(name) ?? null,
    usedIn: [...(usedBy.get(name) ?? [])].sort(),
  }));
  const runtimeProperties = [...declaredElsewhere.entries()]
    .filter(([name]) => !light.has(name) && !dark.has(name))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, source]) => ({ name, source, usedIn: [...(usedBy.get(name) ?? [])].sort() }));
  return { tokens, runtimeProperties };
}
