#!/usr/bin/env node
// Writes stories/docs/theming-reference.json: every `data-part` the kit renders, the `data-*` attributes
// each part carries with their values, and every `--tk-*` custom property with its light and dark value.
// The Theming docs page renders its tables from it. It also writes each component folder's parts-and-states
// table into its README.md (between markers; scripts/parts-readme.mjs), from the markup and from the
// folder's parts.ts, where each part is a documented union member. Output is deterministic (sorted, no
// dates), so the files only change when the sources do.
//
//   node scripts/extract-parts.mjs          write the files
//   node scripts/extract-parts.mjs --check  exit 1 if a file is out of date, or a part is rendered but not
//                                           described in parts.ts, or a `classNames` key is no rendered
//                                           part (what `npm test` runs)
//
// How values are found, without a TypeScript parser:
// - JSX opening tags in src/**/*.tsx with a `data-part`, or spreading `usePart('name')`'s result: string
//   literals in an attribute's value are its values (`data-state={open ? 'open' : 'closed'}` gives open,
//   closed); `{x || undefined}` is a flag. A part named by a prop (JsonValueText's `part`) is read at the
//   component's call sites.
// - `data-state={state}` with no literal: the values come from exported string-literal union types whose
//   doc comment names the attribute ("… as `data-state` on its root"), declared in the same component
//   folder; a form's `status` on the shared edit session takes core's EditStatus.
// - A prop forwarded to `data-state` (Field's `state`) also collects the literals passed to that prop
//   wherever the component is used.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { partsTables, readReadme, withTable } from './parts-readme.mjs';
import {
  attributesOf,
  filesUnder,
  objectLiteralParts,
  openingTags,
  spreadsOf,
  stringLiterals,
  unionTypes,
  withoutComments,
} from './parts-source.mjs';
import { themeTokens } from './theme-tokens.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFile = path.join(root, 'stories', 'docs', 'theming-reference.json');

/** The component a file belongs to: its folder under src/components, the file for shared primitives. */
function componentOf(file) {
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

const sources = filesUnder(root, 'src', ['.tsx', '.ts']).map((file) => ({
  file,
  folder: path.posix.dirname(file),
  code: withoutComments(readFileSync(path.join(root, file), 'utf8')),
  raw: readFileSync(path.join(root, file), 'utf8'),
}));

// Union types per folder, split into part-name unions and per-attribute value unions.
const folderTypes = new Map();
for (const { folder, raw } of sources) {
  const types = folderTypes.get(folder) ?? [];
  for (const [name, info] of unionTypes(raw)) types.push({ name, ...info });
  folderTypes.set(folder, types);
}

const unionsByName = new Map([...folderTypes.values()].flat().map((t) => [t.name, t.values]));

/** Values for a dynamic `attribute` in `folder`: unions whose doc names the attribute. */
function valuesFromTypes(folder, attribute, code = '') {
  const types = folderTypes.get(folder) ?? [];
  const wanted = types.filter((t) => t.doc.includes(`\`${attribute}\``) || t.doc.includes(attribute));
  // Prefer the unions this file names itself; the whole folder's only when it names none.
  const named = wanted.filter((t) => new RegExp(`\\b${t.name}\\b`).test(code));
  return (named.length > 0 ? named : wanted).flatMap((t) => t.values);
}

/**
 * Values of an identifier used as an attribute value, from the same file: a `const x = …` initializer's
 * literals or its annotated union; a prop `x?: 'a' | 'b'` or `x?: SomeUnion`.
 */
function valuesOfIdentifier(identifier, code) {
  const declared = new RegExp(`const ${identifier}\\s*(?::\\s*(\\w+))?\\s*=\\s*([^;]+);`).exec(code);
  if (declared) {
    if (declared[1] && unionsByName.has(declared[1])) return unionsByName.get(declared[1]);
    const literals = stringLiterals(declared[2]);
    if (literals.length > 0) return literals;
  }
  const prop = new RegExp(`\\b${identifier}\\??:\\s*((?:\\s*\\|?\\s*'[^']*')+|\\w+)`).exec(code);
  if (prop) {
    const literals = stringLiterals(prop[1]);
    if (literals.length > 0) return literals;
    if (unionsByName.has(prop[1])) return unionsByName.get(prop[1]);
  }
  return [];
}

/** Attributes whose values are a core union wherever they appear (ErrorNotice's `data-code`, a definition's origin). */
const wellKnown = { 'data-code': 'TeamkitErrorCode', 'data-origin': 'DefinitionOrigin' };

/** name → { components:Set, attributes: Map<attr, Set<value>>, flags:Set, elements:Set } */
const parts = new Map();
/** component → the same, per part, for the component's own README. */
const partsByComponent = new Map();
const newEntry = () => ({
  components: new Set(),
  attributes: new Map(),
  flags: new Set(),
  elements: new Set(),
});
const partEntry = (name) => {
  let entry = parts.get(name);
  if (!entry) {
    entry = newEntry();
    parts.set(name, entry);
  }
  return entry;
};
/** Writes go to the kit-wide entry and the component's own: one object with the same surface. */
function recordingEntry(name, component) {
  const shared = partEntry(name);
  const own = partsByComponent.get(component) ?? new Map();
  partsByComponent.set(component, own);
  if (!own.has(name)) own.set(name, newEntry());
  const mine = own.get(name);
  const both = (pick) => ({
    add: (value) => {
      pick(shared).add(value);
      pick(mine).add(value);
    },
  });
  return {
    flags: both((e) => e.flags),
    elements: both((e) => e.elements),
    components: both((e) => e.components),
    values(attribute) {
      const sets = [shared, mine].map((e) => {
        const set = e.attributes.get(attribute) ?? new Set();
        e.attributes.set(attribute, set);
        return set;
      });
      return {
        add: (value) => {
          for (const set of sets) set.add(value);
        },
      };
    },
  };
}

/** Props forwarded to data-state, to resolve from call sites: `${Component}.${prop}` → part names. */
const forwarded = [];
/** The file that forwards a prop to a part's attribute, by part. */
const forwardedFrom = new Map();

/** Code of every file in a folder, for identifiers declared in a sibling (a hook's result type). */
const folderCode = new Map();
for (const { folder, code } of sources) folderCode.set(folder, `${folderCode.get(folder) ?? ''}\n${code}`);

/**
 * Records a part's `data-*` attributes (from a JSX tag or an object literal spread onto one) and the
 * element that renders it.
 */
function recordPart(name, attributes, { file, folder, code }, element) {
  const entry = recordingEntry(name, componentOf(file));
  entry.components.add(componentOf(file));
  if (element) entry.elements.add(element);
  for (const [attribute, value] of attributes) {
    if (!attribute.startsWith('data-') || attribute === 'data-part') continue;
    if (value.literal === '') {
      entry.flags.add(attribute);
      continue;
    }
    if (value.literal !== undefined) {
      entry.values(attribute).add(value.literal);
      continue;
    }
    // Index keys (`x['aria-invalid']`) are not values.
    const expression = (value.expression ?? '').replace(/\[\s*(['"])[^'"]*\1\s*\]/g, '');
    if (value.flag || /\|\|\s*undefined\s*$/.test(expression) || /^!!/.test(expression)) {
      entry.flags.add(attribute);
      continue;
    }
    const set = entry.values(attribute);
    const literals = stringLiterals(expression);
    // `state`, or the last name of `editor.state` / `draft.phase`.
    const identifier = /^[\w.?]+$/.test(expression) ? (expression.split(/\??\./).pop() ?? null) : null;
    let local = literals;
    if (local.length === 0 && identifier) local = valuesOfIdentifier(identifier, code);
    if (local.length === 0 && identifier)
      local = valuesOfIdentifier(identifier, folderCode.get(folder) ?? '');
    const known = wellKnown[attribute] ? (unionsByName.get(wellKnown[attribute]) ?? []) : [];
    // A form on the shared edit session: its status is the session's (core's EditStatus).
    if (
      local.length === 0 &&
      attribute === 'data-state' &&
      identifier === 'status' &&
      /useEditSession\(/.test(code)
    )
      local = unionsByName.get('EditStatus') ?? [];
    const values =
      known.length > 0 ? known : local.length > 0 ? local : valuesFromTypes(folder, attribute, code);
    for (const v of values) set.add(v);
    if (literals.length === 0 && identifier && identifier === expression) {
      const exported = [...code.matchAll(/export (?:const|function) (\w+)/g)].map((m) => m[1]);
      for (const host of exported) forwarded.push({ host, prop: expression, part: name, attribute });
      forwardedFrom.set(name, file);
    }
  }
}

/** Components whose `data-part` is a prop (JsonValueText's `part`): `{ host, prop }`, read at call sites. */
const partProps = [];

for (const source of sources) {
  if (!source.file.endsWith('.tsx')) continue;
  const { code } = source;
  // `const row = usePart('member-row')` spread as `{...row}`: the members table's parts.
  const hookParts = new Map(
    [...code.matchAll(/const (\w+) = usePart\('([\w-]+)'\)/g)].map((m) => [m[1], m[2]]),
  );
  const tags = openingTags(code).map((tag) => {
    // `const Root = group ? 'fieldset' : 'div'`: the elements it stands for.
    const local = new RegExp(`const ${tag.name}\\s*=\\s*([^;]+);`).exec(code);
    const elements = local ? stringLiterals(local[1]) : [];
    return elements.length > 0 ? { ...tag, name: elements.join(' or ') } : tag;
  });
  for (const tag of tags) {
    const attributes = attributesOf(tag.text);
    for (const spread of spreadsOf(tag.text)) {
      if (hookParts.has(spread)) recordPart(hookParts.get(spread), attributes, source, tag.name);
    }
    const part = attributes.get('data-part');
    if (!part) continue;
    const names = part.literal !== undefined ? [part.literal] : stringLiterals(part.expression ?? '');
    if (names.length === 0 && /^\w+$/.test(part.expression ?? '')) {
      // A part named by a prop: its default here, the literals at its call sites below.
      const fallback = new RegExp(`\\b${part.expression}\\s*=\\s*'([\\w-]+)'`).exec(code);
      if (fallback) names.push(fallback[1]);
      for (const host of code.matchAll(/export function (\w+)/g))
        partProps.push({ host: host[1], prop: part.expression });
    }
    for (const name of names) recordPart(name, attributes, source, tag.name);
  }
  for (const { name, attributes, variable } of objectLiteralParts(code)) {
    const element = tags.find((tag) => variable && spreadsOf(tag.text).includes(variable))?.name;
    recordPart(name, attributes, source, element);
  }
}

// Parts named at the call sites of a component that takes its part as a prop.
for (const source of sources) {
  for (const tag of openingTags(source.code)) {
    for (const { host, prop } of partProps) {
      if (tag.name !== host) continue;
      const value = attributesOf(tag.text).get(prop);
      if (value?.literal) recordPart(value.literal, new Map(), source, tag.name);
    }
  }
}

// Literals passed to forwarded props at call sites (`<Field state="readonly">`).
for (const { code } of sources) {
  if (!forwarded.length) break;
  for (const tag of openingTags(code)) {
    for (const { host, prop, part, attribute } of forwarded) {
      if (tag.name !== host) continue;
      const value = attributesOf(tag.text).get(prop);
      if (!value) continue;
      const literals = value.literal !== undefined ? [value.literal] : stringLiterals(value.expression ?? '');
      const set = recordingEntry(part, componentOf(forwardedFrom.get(part))).values(attribute);
      for (const v of literals) set.add(v);
    }
  }
}

const { tokens, runtimeProperties } = themeTokens(root, sources);

const sortedParts = [...parts.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, entry]) => ({
    part: name,
    components: [...entry.components].sort(),
    attributes: Object.fromEntries(
      [...entry.attributes.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([attribute, values]) => [attribute, [...values].sort()]),
    ),
    flags: [...entry.flags].sort(),
  }));

const reference = {
  $comment: 'Generated by scripts/extract-parts.mjs from src/. Do not edit by hand.',
  parts: sortedParts,
  tokens,
  runtimeProperties,
};
/** The JSON as the repository's formatter (Biome) writes it, so `npm run lint` and this file agree. */
function formatted(text) {
  const biome = path.join(root, 'node_modules', '.bin', 'biome');
  const result = spawnSync(biome, ['format', `--stdin-file-path=${path.relative(root, outFile)}`], {
    cwd: root,
    input: text,
    encoding: 'utf8',
  });
  return result.status === 0 && result.stdout ? result.stdout : text;
}
const json = formatted(`${JSON.stringify(reference, null, 2)}\n`);

// Each component folder's README table: its parts (from its files' markup), described in its parts.ts.
const folders = new Map();
const sharedComponents = new Set(
  sources.filter((s) => s.folder === 'src/components/shared').map((s) => componentOf(s.file)),
);
for (const { file, folder, code } of sources) {
  const match = /^src\/components\/([^/]+)\//.exec(file);
  if (!match) continue;
  const info = folders.get(match[1]) ?? { components: new Set(), usedShared: new Set(), unions: [] };
  folders.set(match[1], info);
  info.components.add(componentOf(file));
  for (const tag of openingTags(code)) if (sharedComponents.has(tag.name)) info.usedShared.add(tag.name);
  if (file === `${folder}/parts.ts`) info.unions = folderTypes.get(folder) ?? [];
}
// A shared primitive's own primitives count too (Menu renders MenuItem's `menu-item`).
const sharedUses = new Map();
for (const { file, folder, code } of sources) {
  if (folder !== 'src/components/shared') continue;
  const used = sharedUses.get(componentOf(file)) ?? new Set();
  for (const tag of openingTags(code)) if (sharedComponents.has(tag.name)) used.add(tag.name);
  sharedUses.set(componentOf(file), used);
}
for (const info of folders.values()) {
  info.unions = info.unions.filter((u) => u.described.size > 0);
  for (const component of info.usedShared) {
    for (const inner of sharedUses.get(component) ?? []) info.usedShared.add(inner);
  }
}
const tables = partsTables({ root, folders, partsByComponent }).map((t) => {
  const current = readReadme(root, t.file);
  const title = path.basename(path.dirname(t.file));
  return { ...t, current, next: withTable(current, t.table, title === 'shared' ? 'Shared parts' : title) };
});
const problems = tables.flatMap((t) => t.problems);
for (const problem of problems) console.error(`parts: ${problem}`);

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outFile, 'utf8');
  } catch {}
  const stale = [current !== json ? path.relative(root, outFile) : null]
    .concat(tables.filter((t) => t.current !== t.next).map((t) => t.file))
    .filter(Boolean);
  for (const file of stale) console.error(`${file} is out of date: run node scripts/extract-parts.mjs`);
  if (stale.length > 0 || problems.length > 0) process.exit(1);
  console.log(`${path.relative(root, outFile)} and ${tables.length} component READMEs are up to date`);
} else {
  writeFileSync(outFile, json);
  for (const t of tables) if (t.current !== t.next) writeFileSync(path.join(root, t.file), t.next);
  console.log(
    `wrote ${path.relative(root, outFile)}: ${sortedParts.length} parts, ${tokens.length} tokens; ${tables.length} README tables`,
  );
  if (problems.length > 0) process.exit(1);
}
