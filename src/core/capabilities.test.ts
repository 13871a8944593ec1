import { describe, expect, it } from 'vitest';
import {
  auth0Capabilities,
  fullCapabilities,
  resolveCapabilities,
  scalekitCapabilities,
} from './capabilities.ts';

describe('capability presets', () => {
  it('declare which backends store a custom attribute they have no definition of: only Auth0', () => {
    expect(auth0Capabilities.storesUndeclaredCustomAttributes).toBe(true);
    expect(scalekitCapabilities.storesUndeclaredCustomAttributes).toBe(false);
    expect(fullCapabilities.storesUndeclaredCustomAttributes).toBe(false);
  });

  it('are frozen all the way down, and so is what resolveCapabilities builds over them', () => {
    for (const preset of [fullCapabilities, scalekitCapabilities, auth0Capabilities]) {
      expect(Object.isFrozen(preset) && Object.isFrozen(preset.members.sortFields)).toBe(true);
    }
    const resolved = resolveCapabilities({ storesUndeclaredCustomAttributes: true }, scalekitCapabilities);
    expect(resolved.storesUndeclaredCustomAttributes).toBe(true);
    expect(resolved.members).toEqual(scalekitCapabilities.members);
    expect(Object.isFrozen(resolved) && Object.isFrozen(resolved.metadata)).toBe(true);
    expect(resolveCapabilities({}, auth0Capabilities).storesUndeclaredCustomAttributes).toBe(true);
  });
});
