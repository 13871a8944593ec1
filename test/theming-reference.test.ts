// @vitest-environment node
// The Theming docs page's tables come from stories/docs/theming-reference.json; this fails when a
// component gains or loses a part, state or token and the file was not regenerated.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the theming reference', () => {
  it('matches the sources (run `node scripts/extract-parts.mjs` after changing parts or tokens)', () => {
    const result = spawnSync(process.execPath, ['scripts/extract-parts.mjs', '--check'], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
