/** The German catalogue as its own entry point (`teamkit/locales/de`), so a host bundles only the locales it uses. */
export { de } from '../i18n/de/index.ts';
