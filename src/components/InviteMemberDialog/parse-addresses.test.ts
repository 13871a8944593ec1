import { describe, expect, it } from 'vitest';
import { addressProblem, normalizeAddress, parseAddresses, splitTypedText } from './parse-addresses.ts';

const emails = (text: string, existing?: string[]) =>
  parseAddresses(text, existing).addresses.map((a) => a.email);

describe('parseAddresses', () => {
  describe('given a typed list', () => {
    it('splits on commas, semicolons, spaces, tabs and new lines', () => {
      expect(emails('a@x.io, b@x.io;c@x.io d@x.io\te@x.io\nf@x.io\r\ng@x.io')).toEqual([
        'a@x.io',
        'b@x.io',
        'c@x.io',
        'd@x.io',
        'e@x.io',
        'f@x.io',
        'g@x.io',
      ]);
    });

    it('ignores empty entries and surrounding whitespace', () => {
      expect(emails(' ,, ;  a@x.io ,\n\n ')).toEqual(['a@x.io']);
      expect(parseAddresses('   ').addresses).toEqual([]);
    });

    it('lowercases the domain but keeps the local part as typed', () => {
      expect(emails('Ada.Lovelace@Example.COM')).toEqual(['Ada.Lovelace@example.com']);
    });

    it('drops a mailto: prefix, wrapping angle brackets and trailing punctuation', () => {
      expect(emails('mailto:a@x.io <b@x.io> c@x.io.')).toEqual(['a@x.io', 'b@x.io', 'c@x.io']);
    });
  });

  describe('given "Name <addr>" entries', () => {
    it('keeps the display name with its address', () => {
      const { addresses } = parseAddresses('Ada Lovelace <ada@x.io>, "Hopper, Grace" <grace@x.io>');
      expect(addresses).toEqual([
        { raw: 'ada@x.io', email: 'ada@x.io', name: 'Ada Lovelace', problem: null },
        { raw: 'grace@x.io', email: 'grace@x.io', name: 'Hopper, Grace', problem: null },
      ]);
    });

    it('separates bare addresses written before a named one on the same line', () => {
      const { addresses } = parseAddresses('a@x.io Bob Stone <bob@x.io> c@x.io');
      expect(addresses.map((a) => [a.email, a.name])).toEqual([
        ['a@x.io', null],
        ['bob@x.io', 'Bob Stone'],
        ['c@x.io', null],
      ]);
    });

    it('accepts a named address without a name', () => {
      expect(parseAddresses('<ada@x.io>').addresses[0]).toMatchObject({ email: 'ada@x.io', name: null });
    });
  });

  describe('given a pasted spreadsheet column', () => {
    it('reads one address per line without a header', () => {
      expect(emails('ada@x.io\ngrace@x.io\n\nalan@x.io\n')).toEqual(['ada@x.io', 'grace@x.io', 'alan@x.io']);
    });

    it('skips a header row naming the email column', () => {
      expect(emails('Email\nada@x.io\ngrace@x.io')).toEqual(['ada@x.io', 'grace@x.io']);
      expect(emails('E-mail address\r\nada@x.io')).toEqual(['ada@x.io']);
    });

    it('reads the email and name columns of a CSV with a header', () => {
      const { addresses } = parseAddresses(
        'name,email,team\nAda Lovelace,ada@x.io,R&D\n"Hopper, Grace",grace@x.io,Navy',
      );
      expect(addresses.map((a) => [a.email, a.name])).toEqual([
        ['ada@x.io', 'Ada Lovelace'],
        ['grace@x.io', 'Hopper, Grace'],
      ]);
    });

    it('reads tab-separated rows copied from a spreadsheet', () => {
      expect(emails('Email\tName\nada@x.io\tAda\ngrace@x.io\tGrace')).toEqual(['ada@x.io', 'grace@x.io']);
    });

    it('takes the address column of headerless rows with one address each', () => {
      expect(emails('Ada,ada@x.io\nGrace,grace@x.io')).toEqual(['ada@x.io', 'grace@x.io']);
    });

    it('keeps an invalid cell of the email column so the person can see and fix it', () => {
      const { addresses } = parseAddresses('email\nada@x.io\nnot-an-address');
      expect(addresses.map((a) => [a.email, a.problem])).toEqual([
        ['ada@x.io', null],
        ['not-an-address', 'missing_at'],
      ]);
    });

    it('falls back to a plain list when rows have several addresses', () => {
      expect(emails('a@x.io, b@x.io\nc@x.io, d@x.io')).toEqual(['a@x.io', 'b@x.io', 'c@x.io', 'd@x.io']);
    });
  });

  describe('given repeated addresses', () => {
    it('keeps the first of each address, compared case-insensitively, and reports the rest', () => {
      const result = parseAddresses('Ada@X.io, ada@x.io, ADA@x.IO, b@x.io');
      expect(result.addresses.map((a) => a.email)).toEqual(['Ada@x.io', 'b@x.io']);
      expect(result.duplicates).toEqual(['ada@x.io', 'ADA@x.io']);
    });

    it('reports addresses already chosen as duplicates', () => {
      const result = parseAddresses('a@x.io, b@x.io', ['A@X.IO']);
      expect(result.addresses.map((a) => a.email)).toEqual(['b@x.io']);
      expect(result.duplicates).toEqual(['a@x.io']);
    });
  });

  describe('given invalid addresses', () => {
    it('keeps them with the reason, so each chip can show its own', () => {
      const { addresses } = parseAddresses(
        'ada, @x.io, ada@, a..b@x.io, ada@localhost, ada@x.123, ada@-x.io',
      );
      expect(addresses.map((a) => a.problem)).toEqual([
        'missing_at',
        'missing_local',
        'missing_domain',
        'invalid_local',
        'invalid_domain',
        'invalid_domain',
        'invalid_domain',
      ]);
    });
  });
});

describe('addressProblem', () => {
  it('accepts ordinary, plus-tagged, subdomain and internationalized addresses', () => {
    for (const email of [
      'a@x.io',
      'a.b+tag@mail.x.co.uk',
      "o'brien@x.io",
      'josé@bücher.de',
      'a@xn--bcher-kva.de',
    ]) {
      expect(addressProblem(email)).toBeNull();
    }
  });

  it('refuses addresses longer than 254 characters and local parts longer than 64', () => {
    expect(
      addressProblem(`a@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(70)}.io`),
    ).toBe('too_long');
    expect(addressProblem(`${'a'.repeat(65)}@x.io`)).toBe('invalid_local');
  });

  it('refuses spaces and a second @', () => {
    expect(addressProblem('a b@x.io')).toBe('invalid_local');
    expect(addressProblem('a@b@x.io')).toBe('invalid_local');
  });
});

describe('normalizeAddress', () => {
  it('trims and lowercases only the domain', () => {
    expect(normalizeAddress('  Ada@EXAMPLE.com ')).toBe('Ada@example.com');
    expect(normalizeAddress('no-at-sign')).toBe('no-at-sign');
  });
});

describe('splitTypedText', () => {
  it('finishes an entry at a comma, semicolon or new line', () => {
    expect(splitTypedText('a@x.io, b@x')).toEqual({ complete: 'a@x.io,', rest: ' b@x' });
    expect(splitTypedText('a@x.io;')).toEqual({ complete: 'a@x.io;', rest: '' });
  });

  it('finishes an entry at a space only once it holds an @', () => {
    expect(splitTypedText('a@x.io ')).toEqual({ complete: 'a@x.io ', rest: '' });
    expect(splitTypedText('Ada Love')).toEqual({ complete: '', rest: 'Ada Love' });
  });

  it('keeps a display name and an open angle bracket together', () => {
    expect(splitTypedText('Ada Lovelace <ada@x.io')).toEqual({
      complete: '',
      rest: 'Ada Lovelace <ada@x.io',
    });
    expect(splitTypedText('Ada Lovelace <ada@x.io> ')).toEqual({
      complete: 'Ada Lovelace <ada@x.io> ',
      rest: '',
    });
    expect(splitTypedText('"Hopper, Grace" <g')).toEqual({ complete: '', rest: '"Hopper, Grace" <g' });
  });
});
