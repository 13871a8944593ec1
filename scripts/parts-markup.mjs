// Finds the parts in the kit's markup for scripts/extract-parts.mjs and hands each one to the parts recorder
// (scripts/parts-recorder.mjs). Some parts and values are only known at a component's call sites, so this
// reads the sources in three passes: the components' own markup, then the parts named by a prop, then the
// values passed to a prop that a component forwards to a part's `data-state`.
import { attributesOf, objectLiteralParts, openingTags, spreadsOf, stringLiterals } from './parts-source.mjs';

/** Records every part that `sources` (`{ file, folder, code }`) render, with its attributes, into `recorder`. */
export function recordMarkupParts(sources, recorder) {
  const { recordPart, recordCallSiteValues, forwarded } = recorder;
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
        const literals =
          value.literal !== undefined ? [value.literal] : stringLiterals(value.expression ?? '');
        recordCallSiteValues(part, attribute, literals);
      }
    }
  }
}
