/**
 * Size page (d): Stytch's AdminPortalMemberManagement inside StytchB2BProvider, as its React SDK
 * documentation sets it up. Built from bench/peers.
 */
import { createStytchB2BClient, StytchB2BProvider } from '@stytch/react/b2b';
import { AdminPortalMemberManagement } from '@stytch/react/b2b/adminPortal';
import { createRoot } from 'react-dom/client';

const stytch = createStytchB2BClient('public-token-test-00000000-0000-0000-0000-000000000000');

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StytchB2BProvider stytch={stytch}>
      <AdminPortalMemberManagement />
    </StytchB2BProvider>,
  );
