// What the markup says about each part, for scripts/extract-parts.mjs: the components that render it, the
// elements it is rendered on, each `data-*` attribute's values and the attributes that are flags. Each part
// is kept twice, kit-wide (the Theming docs' JSON) and per component (that component's README table), and
// every write goes to both, so the two can never disagree.
import { componentOf, stringLiterals } from './parts-source.mjs';

/** Attributes whose values are a core union wherever they appear (ErrorNotice's `data-code`, a definition's origin). */
const wellKnown = { 'data-code': 'TeamkitErrorCode', 'data-origin': 'DefinitionOrigin' };

/** An empty part entry: the shape of every value in `parts` and in `partsByComponent`. */
const newEntry = () => ({
  components: new Set(),
  attributes: new Map(),
  flags: new Set(),
  elements: new Set(),
});

/**
 * A recorder over the repo's `sources` (`{ file, folder, code }`) and their documented unions
 * (`folderTypes`: folder → `{ name, doc, values }[]`), which resolve an attribute set from an identifier.
 * - `parts`: name → { components:Set, attributes: Map<attr, Set<value>>, flags:Set, elements:Set }.
 * - `partsByComponent`: component → the same, per part, for the component's own README.
 * - `forwarded`: props a component forwards to a part's attribute (`{ host, prop, part, attribute }`), whose
 *   values are the literals at its call sites; record those with `recordCallSiteValues`.
 */
export function partsRecorder({ sources, folderTypes }) {
  const unionsByName = new Map([...folderTypes.values()].flat().map((t) => [t.name, t.values]));

  /** Code of every file in a folder, for identifiers declared in a sibling (a hook's result type). */
  const folderCode = new Map();
  for (const { folder, code } of sources) folderCode.set(folder, `${folderCode.get(folder) ?? ''}\n${code}`);

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

  const parts = new Map();
  const partsByComponent = new Map();
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

  const forwarded = [];
  /** The file that forwards a prop to a part's attribute, by part. */
  const forwardedFrom = new Map();

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

  /** Adds values passed at a call site to a forwarded prop, to the part in the component that forwards it. */
  function recordCallSiteValues(part, attribute, values) {
    const set = recordingEntry(part, componentOf(forwardedFrom.get(part))).values(attribute);
    for (const v of values) set.add(v);
  }

  return { parts, partsByComponent, forwarded, recordPart, recordCallSiteValues };
}
