// Reading JSX and TypeScript source without a parser, for scripts/extract-parts.mjs: files and the component
// each belongs to, opening tags, their attributes, string literals and documented string-literal unions.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir` (relative to the repo) ending in one of `extensions`, sorted. */
export function filesUnder(root, dir, extensions) {
  const found = [];
  const walk = (current) => {
    for (const entry of readdirSync(path.join(root, current), { withFileTypes: true })) {
      const rel = path.posix.join(current, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (
        extensions.some((ext) => entry.name.endsWith(ext)) &&
        !/\.(test|stories)\.tsx?$/.test(entry.name)
      ) {
        found.push(rel);
      }
    }
  };
  walk(dir);
  return found.sort();
}

/** The component a file belongs to: its folder under src/components, the file for shared primitives. */
export function componentOf(file) {
  const parts = file.split('/');
  if (parts[1] === 'react') return 'TeamkitProvider';
  if (parts[1] === 'components' && parts[2] !== 'shared') return parts[2];
  return (
    path
      .basename(file)
      .replace(/\.tsx?$/, '')
      // A primitive's lazily loaded half (ConfirmDialogLayer) renders the primitive's parts.
      .replace(/Layer$/, '')
      .replace(/^[a-z]/, (c) => c.toUpperCase())
  );
}

/** Strips comments so commented-out JSX and examples in doc comments are not read as markup. */
export function withoutComments(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`])\/\/[^\n]*/g, '$1');
}

/** The opening JSX tags of a source: `{ name, text }`, balanced over braces and quotes. */
export function openingTags(source) {
  const tags = [];
  const opener = /<([A-Za-z][\w.]*)(?=[\s/>])/g;
  for (let match = opener.exec(source); match; match = opener.exec(source)) {
    let depth = 0;
    let quote = null;
    let i = match.index + match[0].length;
    for (; i < source.length; i += 1) {
      const c = source[i];
      if (quote) {
        if (c === '\\') i += 1;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '{') depth += 1;
      else if (c === '}') depth -= 1;
      else if (c === '>' && depth === 0) break;
      else if (c === '<' && depth === 0) break; // a generic `<T>` or a comparison, not a tag
    }
    tags.push({ name: match[1], text: source.slice(match.index + match[0].length, i) });
  }
  return tags;
}

/** The attributes of a tag's text: name → `{ literal }` or `{ expression }` or `{ flag: true }`. */
export function attributesOf(text) {
  const attributes = new Map();
  const attr = /([\w-]+)(?:=("[^"]*"|'[^']*'|\{))?/g;
  for (let match = attr.exec(text); match; match = attr.exec(text)) {
    const [, name, value] = match;
    if (value === undefined) {
      attributes.set(name, { flag: true });
    } else if (value === '{') {
      let depth = 1;
      let i = match.index + match[0].length;
      for (; i < text.length && depth > 0; i += 1) {
        if (text[i] === '{') depth += 1;
        else if (text[i] === '}') depth -= 1;
      }
      attributes.set(name, { expression: text.slice(match.index + match[0].length, i - 1).trim() });
      attr.lastIndex = i;
    } else {
      attributes.set(name, { literal: value.slice(1, -1) });
    }
  }
  return attributes;
}

export const stringLiterals = (expression) =>
  [...expression.matchAll(/'([^'\\]*)'|"([^"\\]*)"/g)].map((m) => m[1] ?? m[2]);

/** A doc comment's text on one line, without its stars. */
const oneLine = (comment) =>
  comment
    .replace(/^\s*\*+ ?/gm, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Exported string-literal unions: name → { values, doc, described (member → its doc comment) }. */
export function unionTypes(source) {
  const types = new Map();
  const member = String.raw`(?:\s*\/\*\*[\s\S]*?\*\/)?\s*\|?\s*'[^']*'`;
  const pattern = new RegExp(
    String.raw`(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export type (\w+)\s*=\s*((?:${member})+)\s*;`,
    'g',
  );
  for (const match of source.matchAll(pattern)) {
    const body = match[3];
    // A member's doc comment says what the part is (parts.ts); its quotes are not values.
    const described = new Map(
      [...body.matchAll(/\/\*\*([\s\S]*?)\*\/\s*\|?\s*'([^']*)'/g)].map((m) => [m[2], oneLine(m[1])]),
    );
    const values = stringLiterals(body.replace(/\/\*\*[\s\S]*?\*\//g, ''));
    types.set(match[2], { doc: match[1] ?? '', values, described });
  }
  return types;
}

/** `{ 'data-part': 'x', 'data-state': state, … }` objects spread onto an element: their entries. */
export function objectLiteralParts(code) {
  const found = [];
  for (const match of code.matchAll(/['"]data-part['"]\s*:\s*['"]([\w-]+)['"]/g)) {
    let depth = 0;
    let open = match.index;
    for (; open >= 0; open -= 1) {
      if (code[open] === '}') depth += 1;
      else if (code[open] === '{') {
        if (depth === 0) break;
        depth -= 1;
      }
    }
    let close = match.index;
    depth = 0;
    for (; close < code.length; close += 1) {
      if (code[close] === '{') depth += 1;
      else if (code[close] === '}') {
        if (depth === 0) break;
        depth -= 1;
      }
    }
    const body = code.slice(open + 1, close);
    const attributes = new Map();
    for (const entry of body.matchAll(/['"](data-[\w-]+)['"]\s*:\s*([^,\n]+)/g)) {
      const raw = entry[2].trim();
      const literal = /^(['"])(.*)\1$/.exec(raw);
      attributes.set(entry[1], literal ? { literal: literal[2] } : { expression: raw });
    }
    // `const rootProps = { 'data-part': … }`: the variable a tag spreads.
    const variable = /(\w+)\s*(?::[^=;{}]*)?=\s*$/.exec(code.slice(Math.max(0, open - 200), open))?.[1];
    found.push({ name: match[1], attributes, variable });
  }
  return found;
}

/** `{...name}` spreads in a tag's text. */
export const spreadsOf = (text) => [...text.matchAll(/\{\s*\.\.\.\s*([\w.]+)\s*\}/g)].map((m) => m[1]);
