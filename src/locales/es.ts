/** The Spanish catalogue as its own entry point (`teamkit/locales/es`), so a host bundles only the locales it uses. */
export { es } from '../i18n/es/index.ts';
