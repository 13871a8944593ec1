/** The Arabic (right-to-left) catalogue as its own entry point (`teamkit/locales/ar`), so a host bundles only the locales it uses. */
export { ar } from '../i18n/ar/index.ts';
