import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { createMemoryAdapter } from '../../adapters/memory/index.ts';
import { TeamkitError } from '../../core/errors.ts';
import { MembersTable } from '../MembersTable/MembersTable.tsx';
import '../../styles/index.css';
import { ErrorNotice } from './ErrorNotice.tsx';

afterEach(() => cleanup());

describe('ErrorNotice', () => {
  describe('given a failure that may pass (the service was unavailable)', () => {
    it('offers to try again', async () => {
      const onRetry = vi.fn();
      renderWithTeamkit(<ErrorNotice error={new TeamkitError('unavailable')} onRetry={onRetry} />);
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      expect(onRetry).toHaveBeenCalledOnce();
    });
  });

  describe('given a refusal (permission denied)', () => {
    it('says why and offers no retry, which would meet the same answer', () => {
      renderWithTeamkit(<ErrorNotice error={new TeamkitError('permission_denied')} onRetry={vi.fn()} />);
      // The provider's own live region is an alert too: the notice is found by its part.
      expect(document.querySelector('[data-part="error-notice"]')).toHaveTextContent(
        'You do not have permission to do this.',
      );
      expect(screen.queryByRole('button')).toBeNull();
    });

    it('offers no retry where a component shows it either (the members list refused)', async () => {
      const adapter = createMemoryAdapter();
      adapter.faults.failMethod('listMembers', 'permission_denied');
      renderWithTeamkit(<MembersTable />, { adapter });
      expect(await screen.findByText(/You do not have permission to do this/)).toBeVisible();
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    });
  });
});
