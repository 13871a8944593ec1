/**
 * Size page (c): WorkOS Widgets' UsersManagement and UserProfile, set up as its documentation says
 * (WorkOsWidgets around them, Radix Themes' and the widgets' stylesheets). Built from bench/peers.
 */
import '@radix-ui/themes/styles.css';
import '@workos-inc/widgets/styles.css';
import { UserProfile, UsersManagement, WorkOsWidgets } from '@workos-inc/widgets';
import { createRoot } from 'react-dom/client';

const authToken = 'token-from-your-backend';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <WorkOsWidgets>
      <UserProfile authToken={authToken} />
      <UsersManagement authToken={authToken} />
    </WorkOsWidgets>,
  );
