export { OrganizationSettings, type OrganizationSettingsProps } from './OrganizationSettings.tsx';
export { OrganizationSettingsForm, type OrganizationSettingsFormProps } from './OrganizationSettingsForm.tsx';
export { OrganizationSummary, type OrganizationSummaryProps } from './OrganizationSummary.tsx';
export {
  type OrganizationField,
  type OrganizationFieldIssue,
  type OrganizationValues,
  organizationPatch,
  organizationValues,
  validateOrganizationFields,
} from './organization-draft.ts';
export type { OrganizationSettingsPart, OrganizationSettingsState } from './parts.ts';
