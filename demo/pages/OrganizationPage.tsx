'use client';
import { ExternalIdLookup, OrganizationSettings } from 'teamkit';
import { routeHref } from '../route.ts';
import type { DemoStrings } from '../strings.ts';

/** The organization's settings, and lookups by external ID. */
export function OrganizationPage({ strings }: { strings: DemoStrings }) {
  return (
    <>
      <OrganizationSettings />
      <section data-demo="section" aria-labelledby="lookup-title">
        <h2 id="lookup-title">{strings.lookupTitle}</h2>
        <p data-demo="intro">{strings.lookupIntro}</p>
        <div data-demo="lookups">
          <ExternalIdLookup
            kind="user"
            onOpen={(result) => {
              if (result.kind === 'user')
                window.location.hash = routeHref({ page: 'members', memberId: result.user.id });
            }}
          />
          <ExternalIdLookup kind="organization" />
        </div>
      </section>
    </>
  );
}
