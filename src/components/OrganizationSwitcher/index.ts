export { OrganizationSwitcher, type OrganizationSwitcherProps } from './OrganizationSwitcher.tsx';
export type { OrganizationSwitcherPart } from './parts.ts';
export { englishSwitcherText, type OrganizationSwitcherText } from './switcher-text.ts';
export {
  type UseOrganizationSwitcherOptions,
  type UseOrganizationSwitcherResult,
  useOrganizationSwitcher,
} from './use-organization-switcher.ts';
