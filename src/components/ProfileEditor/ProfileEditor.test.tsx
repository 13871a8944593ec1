import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { ProfileEditor } from './ProfileEditor.tsx';
import type { FieldRendererProps } from './profile-editor-types.ts';
import { TextControl } from './TextControl.tsx';

/** Renders of each field's control, by attribute key. */
const renders = new Map<string, number>();

/** The kit's text control, counting its renders. */
function CountingText(props: FieldRendererProps) {
  renders.set(props.definition.key, (renders.get(props.definition.key) ?? 0) + 1);
  return <TextControl {...props} />;
}

describe('ProfileEditor (jsdom)', () => {
  describe('given a keystroke in one field', () => {
    it('re-renders that field only', async () => {
      renders.clear();
      const renderers = { byType: { text: CountingText, url: CountingText, long_text: CountingText } };
      const { container } = renderWithTeamkit(<ProfileEditor renderers={renderers} />);
      await waitFor(() => expect(container.querySelector('[data-state="idle"]')).not.toBeNull());
      const input = screen.getByRole('textbox', { name: /First name/ });
      // The first keystroke makes the form dirty (the root re-renders once); count from the second on.
      fireEvent.change(input, { target: { value: 'A' } });
      await waitFor(() => expect(container.querySelector('[data-state="dirty"]')).not.toBeNull());
      const before = new Map(renders);
      fireEvent.change(input, { target: { value: 'Ad' } });
      fireEvent.change(input, { target: { value: 'Ada' } });
      expect((renders.get('givenName') ?? 0) - (before.get('givenName') ?? 0)).toBe(2);
      for (const [key, count] of renders) {
        if (key !== 'givenName')
          expect({ key, renders: count - (before.get(key) ?? 0) }).toEqual({ key, renders: 0 });
      }
    });

    it('does not re-render other fields when the form turns dirty either', async () => {
      renders.clear();
      const renderers = { byType: { text: CountingText, url: CountingText } };
      const { container } = renderWithTeamkit(<ProfileEditor renderers={renderers} />);
      await waitFor(() => expect(container.querySelector('[data-state="idle"]')).not.toBeNull());
      const before = new Map(renders);
      fireEvent.change(screen.getByRole('textbox', { name: /First name/ }), { target: { value: 'A' } });
      await waitFor(() => expect(container.querySelector('[data-state="dirty"]')).not.toBeNull());
      expect(renders.get('website')).toBe(before.get('website'));
    });
  });
});
