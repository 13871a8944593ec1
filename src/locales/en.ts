/** The English catalogue as its own entry point (`teamkit/locales/en`), so a host bundles only the locales it uses. */
export { en } from '../i18n/en/index.ts';
