/**
 * The Theming page's reference tables, rendered from theming-reference.json (written by
 * scripts/extract-parts.mjs from the sources, so the tables cannot drift from the code).
 */
import reference from './theming-reference.json';

interface PartRow {
  part: string;
  components: string[];
  attributes: Record<string, string[]>;
  flags: string[];
}

interface TokenRow {
  name: string;
  group: string;
  light: string | null;
  dark: string | null;
  usedIn: string[];
}

interface RuntimeRow {
  name: string;
  source: string;
  usedIn: string[];
}

const parts = reference.parts as PartRow[];
const tokens = reference.tokens as TokenRow[];
const runtimeProperties = reference.runtimeProperties as RuntimeRow[];

const code = (text: string) => <code key={text}>{text}</code>;

function list(items: string[]) {
  return items.flatMap((item, index) => (index === 0 ? [code(item)] : [', ', code(item)]));
}

/** A colour swatch next to a token's value, when the value is a colour. */
function Swatch({ value }: { value: string | null }) {
  if (!value || !/^(#|rgb|hsl|oklch)/.test(value)) return null;
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        inlineSize: '1em',
        blockSize: '1em',
        marginInlineEnd: '0.4em',
        verticalAlign: '-0.15em',
        border: '1px solid rgb(0 0 0 / 0.25)',
        borderRadius: 3,
        background: value,
      }}
    />
  );
}

/** Every `data-part`, the components that render it, and its `data-*` attributes with their values. */
export function PartsTable({ component }: { component?: string }) {
  const rows = component ? parts.filter((p) => p.components.includes(component)) : parts;
  return (
    <table>
      <caption>
        {rows.length} parts{component ? ` of ${component}` : ''}, generated from the sources
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <code>data-part</code>
          </th>
          <th scope="col">Rendered by</th>
          <th scope="col">Enumerated attributes (values)</th>
          <th scope="col">Present-or-absent flags</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.part}>
            <th scope="row">{code(row.part)}</th>
            <td>{row.components.join(', ')}</td>
            <td>
              {Object.entries(row.attributes).map(([attribute, values]) => (
                <div key={attribute}>
                  {code(attribute)}
                  {values.length > 0 ? <>: {list(values)}</> : ': any string'}
                </div>
              ))}
            </td>
            <td>{list(row.flags)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every `data-state` value, by part: the states a designer can target. */
export function StatesTable() {
  const rows = parts.filter((p) => p.attributes['data-state']);
  return (
    <table>
      <caption>Parts with a data-state</caption>
      <thead>
        <tr>
          <th scope="col">
            <code>data-part</code>
          </th>
          <th scope="col">
            <code>data-state</code> values
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.part}>
            <th scope="row">{code(row.part)}</th>
            <td>
              {(row.attributes['data-state'] ?? []).length > 0
                ? list(row.attributes['data-state'] ?? [])
                : 'set by the component using it'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every `--tk-*` token with its light and dark values and the stylesheets that read it. */
export function TokensTable() {
  return (
    <table>
      <caption>{tokens.length} design tokens (src/styles/tokens.css)</caption>
      <thead>
        <tr>
          <th scope="col">Custom property</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
          <th scope="col">Read by</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.name}>
            <th scope="row">{code(token.name)}</th>
            <td>
              <Swatch value={token.light} />
              {token.light ? code(token.light) : '—'}
            </td>
            <td>
              <Swatch value={token.dark ?? token.light} />
              {token.dark ? code(token.dark) : 'same as light'}
            </td>
            <td>{token.usedIn.length > 0 ? list(token.usedIn) : 'hosts and future parts'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Custom properties the kit sets at run time (measured values), not tokens to theme. */
export function RuntimePropertiesTable() {
  if (runtimeProperties.length === 0) return <p>The kit sets no custom properties at run time.</p>;
  return (
    <table>
      <caption>Custom properties set by the kit at run time</caption>
      <thead>
        <tr>
          <th scope="col">Custom property</th>
          <th scope="col">Set in</th>
          <th scope="col">Read by</th>
        </tr>
      </thead>
      <tbody>
        {runtimeProperties.map((row) => (
          <tr key={row.name}>
            <th scope="row">{code(row.name)}</th>
            <td>{row.source}</td>
            <td>{list(row.usedIn)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
