/**
 * Size page (a): a host's settings page with all three main components, the provider and a fetch
 * adapter, plus the kit's stylesheet. Spanish is offered the way a host would: loaded on demand. English
 * is the provider's default, so the page passes no catalogue until Spanish is chosen (English areas
 * the page does not show, such as member details, then stay out of it).
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  InviteMemberDialog,
  MembersTable,
  ProfileEditor,
  type TeamkitMessages,
  TeamkitProvider,
} from 'teamkit';
import 'teamkit/styles.css';
import { createFetchAdapter } from './fetch-adapter.ts';

const adapter = createFetchAdapter('/api/teamkit');

function SettingsPage() {
  const [messages, setMessages] = useState<TeamkitMessages | undefined>(undefined);
  const [locale, setLocale] = useState('en');
  const speakSpanish = async () => {
    const { es } = await import('teamkit/locales/es');
    setMessages(es);
    setLocale('es');
  };
  return (
    <TeamkitProvider adapter={adapter} organizationId="org_1" messages={messages} locale={locale}>
      <button type="button" onClick={() => void speakSpanish()}>
        Español
      </button>
      <ProfileEditor />
      <MembersTable toolbarActions={<InviteMemberDialog />} />
    </TeamkitProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<SettingsPage />);
