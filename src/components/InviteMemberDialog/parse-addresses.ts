/**
 * Turns what people type or paste into an invite box into addresses: lists split on commas,
 * semicolons, whitespace and new lines; "Name <addr>" entries; a spreadsheet column pasted with or
 * without its header row. Pure: no React, no DOM.
 */

/** Why an address is refused, as a code the catalogue turns into words. */
export type AddressProblem =
  | 'missing_at'
  | 'missing_local'
  | 'invalid_local'
  | 'missing_domain'
  | 'invalid_domain'
  | 'too_long';

/** One address found in the text. */
export interface ParsedAddress {
  /** The text it came from, trimmed (shown on an invalid chip so the person sees what they typed). */
  raw: string;
  /** The address, trimmed, with its domain lowercased. */
  email: string;
  /** A display name given with it ("Ada Lovelace <ada@example.com>"), or null. */
  name: string | null;
  /** Why it is refused, or null when it is a valid address. */
  problem: AddressProblem | null;
}

/** What parsing found: unique addresses in order, and the ones dropped as repeats. */
export interface ParsedAddresses {
  /** Each address once (compared case-insensitively), in the order first seen. */
  addresses: ParsedAddress[];
  /** Addresses dropped because they were already in the text (or in `existing`), as typed. */
  duplicates: string[];
}

// RFC 5321 caps a path at 256 octets including the angle brackets: 254 for the address itself.
const maxAddressLength = 254;
const maxLocalLength = 64;
// The dot-atom of RFC 5322, plus letters and digits of any script (internationalized addresses, RFC 6531).
const localPattern = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const labelPattern = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
// Whitespace separates addresses too, but only after "Name <addr>" groups are found (names hold spaces).
const segmentSeparators: ReadonlySet<string> = new Set([',', ';', '\n', '\r', '\t']);
const headerPattern =
  /^\s*(?:e-?mail(?:\s*address)?|mail|correo(?:\s*electr[oó]nico)?|e-?mail-?adresse|البريد الإلكتروني)\s*$/iu;
const nameHeaderPattern = /^\s*(?:(?:full|display)\s*name|name|nombre|vollst[aä]ndiger name|الاسم)\s*$/iu;

/** The key two addresses are compared by: the whole address, case-insensitively. */
export function addressKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Why `email` is not a usable address, or null when it is one. */
export function addressProblem(email: string): AddressProblem | null {
  const at = email.lastIndexOf('@');
  if (at === -1) return 'missing_at';
  if (email.length > maxAddressLength) return 'too_long';
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local === '') return 'missing_local';
  if (domain === '') return 'missing_domain';
  if (local.length > maxLocalLength || !localPattern.test(local)) return 'invalid_local';
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (
    labels.length < 2 ||
    !labels.every((label) => labelPattern.test(label)) ||
    !/^\p{L}[\p{L}\p{N}-]*$/u.test(tld)
  ) {
    return 'invalid_domain';
  }
  return null;
}

/** Trims an address and lowercases its domain (the local part is case-sensitive in principle, so it is kept). */
export function normalizeAddress(text: string): string {
  let email = text.trim().replace(/^mailto:/i, '');
  // A pasted "<ada@example.com>" or a trailing comma left by a spreadsheet is not part of the address.
  email = email.replace(/^<(.*)>$/, '$1').replace(/[.,;]+$/, '');
  const at = email.lastIndexOf('@');
  return at === -1 ? email : `${email.slice(0, at)}@${email.slice(at + 1).toLowerCase()}`;
}

function toParsed(raw: string, name: string | null): ParsedAddress {
  const email = normalizeAddress(raw);
  return { raw: raw.trim(), email, name: name?.trim() || null, problem: addressProblem(email) };
}

/** Splits on `delimiters` outside quotes and angle brackets, so `"Lovelace, Ada" <a@x.io>` stays whole. */
function splitOutsideQuotes(text: string, delimiters: ReadonlySet<string>): string[] {
  const parts: string[] = [];
  let current = '';
  let inQuotes = false;
  let inAngle = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (char === '<' && !inQuotes) inAngle = true;
    else if (char === '>' && !inQuotes) inAngle = false;
    if (!inQuotes && !inAngle && delimiters.has(char)) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function unquote(text: string): string {
  return text
    .trim()
    .replace(/^"(.*)"$/s, '$1')
    .trim();
}

/** One comma/line segment: bare addresses split on whitespace, and "Name <addr>" groups. */
function parseSegment(segment: string): ParsedAddress[] {
  const found: ParsedAddress[] = [];
  let rest = segment;
  const group = /^((?:"[^"]*"|[^<"])*?)<([^<>]*)>/;
  for (let match = group.exec(rest); match; match = group.exec(rest)) {
    const before = (match[1] ?? '').trim();
    // Words before the name that look like addresses are addresses of their own ("a@x.io Bob <b@x.io>").
    const words = before.startsWith('"') ? [before] : before.split(/\s+/).filter(Boolean);
    let lastAddress = -1;
    words.forEach((word, index) => {
      if (word.includes('@') && !word.startsWith('"')) lastAddress = index;
    });
    for (const word of words.slice(0, lastAddress + 1)) found.push(toParsed(word, null));
    const name = unquote(words.slice(lastAddress + 1).join(' '));
    found.push(toParsed(match[2] ?? '', name || null));
    rest = rest.slice(match[0].length);
  }
  for (const word of rest.split(/[\s\u00a0]+/).filter(Boolean)) found.push(toParsed(word, null));
  return found;
}

function splitCells(line: string, delimiter: string): string[] {
  return splitOutsideQuotes(line, new Set([delimiter])).map(unquote);
}

/** The delimiter of a pasted table: tab (what spreadsheets copy), else comma, else semicolon. */
function tableDelimiter(line: string): string | null {
  for (const delimiter of ['\t', ',', ';']) if (line.includes(delimiter)) return delimiter;
  return null;
}

/**
 * A pasted table: a header row naming an email column (optionally a name column), or rows that all
 * have the same number of cells with exactly one address, in the same column. Returns null otherwise.
 */
function parseTable(text: string): ParsedAddress[] | null {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  if (lines.length < 2) return null;
  const [first = '', ...rows] = lines;
  const delimiter = tableDelimiter(first);
  const header = delimiter ? splitCells(first, delimiter) : [first.trim()];
  const emailColumn = header.findIndex((cell) => headerPattern.test(cell));
  if (emailColumn !== -1 && !first.includes('@')) {
    const nameColumn = header.findIndex((cell) => nameHeaderPattern.test(cell));
    return rows.flatMap((row) => {
      const cells = delimiter ? splitCells(row, delimiter) : [row.trim()];
      const email = cells[emailColumn] ?? '';
      if (email.trim() === '') return [];
      return [toParsed(email, nameColumn === -1 ? null : (cells[nameColumn] ?? null))];
    });
  }
  if (!delimiter) return null;
  const table = lines.map((line) => splitCells(line, delimiter));
  const width = table[0]?.length ?? 0;
  if (width < 2 || table.some((cells) => cells.length !== width)) return null;
  const columns = table.map((cells) => cells.map((cell) => cell.includes('@')));
  const column = columns[0]?.indexOf(true) ?? -1;
  const oneAddressColumn = columns.every(
    (flags) => flags.filter(Boolean).length === 1 && flags.indexOf(true) === column,
  );
  return oneAddressColumn ? table.map((cells) => toParsed(cells[column] ?? '', null)) : null;
}

/**
 * Parses pasted or typed text into unique addresses. `existing` holds addresses already chosen, so
 * pasting one again is reported as a duplicate instead of added twice.
 */
export function parseAddresses(text: string, existing: Iterable<string> = []): ParsedAddresses {
  const parsed =
    parseTable(text) ??
    splitOutsideQuotes(text, segmentSeparators)
      .map((segment) => segment.trim())
      .filter(Boolean)
      .flatMap(parseSegment);
  const seen = new Set(Array.from(existing, addressKey));
  const addresses: ParsedAddress[] = [];
  const duplicates: string[] = [];
  for (const address of parsed) {
    if (address.email === '') continue;
    const key = addressKey(address.email);
    if (seen.has(key)) {
      duplicates.push(address.email);
      continue;
    }
    seen.add(key);
    addresses.push(address);
  }
  return { addresses, duplicates };
}

/**
 * Splits what is being typed into finished entries and the entry still in progress. An entry is
 * finished by a comma, semicolon, tab or new line, or by a space once it holds an @ (so "Ada Lovelace
 * <ada@…>" can be typed with spaces); separators inside quotes or angle brackets do not count.
 */
export function splitTypedText(text: string): { complete: string; rest: string } {
  let cut = -1;
  let start = 0;
  let inQuotes = false;
  let inAngle = false;
  // Indexes are UTF-16 units, as slice() counts them; every separator is a single unit.
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (char === '"') inQuotes = !inQuotes;
    else if (char === '<' && !inQuotes) inAngle = true;
    else if (char === '>' && !inQuotes) inAngle = false;
    else if (!inQuotes && !inAngle) {
      const hard = segmentSeparators.has(char);
      const soft = /\s/.test(char) && text.slice(start, index).includes('@');
      if (hard || soft) {
        cut = index;
        start = index + 1;
      }
    }
  }
  return { complete: text.slice(0, cut + 1), rest: text.slice(cut + 1) };
}
