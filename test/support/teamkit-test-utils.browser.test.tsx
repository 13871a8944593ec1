import { describe, expect, it } from 'vitest';
import { memoryIds } from '../../src/adapters/memory/index.ts';
import { expectNoAxeViolations, renderWithTeamkit } from './teamkit-test-utils.tsx';

describe('the test helpers in a real browser', () => {
  it('given a provider, the memory adapter answers', async () => {
    const { adapter } = renderWithTeamkit(<p>Hello</p>);
    expect((await adapter.getViewer(memoryIds.organization)).userId).toBe(memoryIds.admin);
  });

  it('given readable text, axe passes with the contrast rule on', async () => {
    const { container } = renderWithTeamkit(
      <p style={{ color: '#1a1a1a', background: '#ffffff' }}>Readable</p>,
    );
    await expectNoAxeViolations(container);
  });

  it('given text too faint to read, axe fails on color-contrast', async () => {
    const { container } = renderWithTeamkit(<p style={{ color: '#eeeeee', background: '#ffffff' }}>Faint</p>);
    await expect(expectNoAxeViolations(container)).rejects.toThrow(/color-contrast/);
  });
});
