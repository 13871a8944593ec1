export { DetailsSection, type DetailsSectionProps } from './DetailsSection.tsx';
export { IdentityAttributes, type IdentityAttributesProps } from './IdentityAttributes.tsx';
export { MemberDetails, type MemberDetailsProps } from './MemberDetails.tsx';
export { MembershipSummary, type MembershipSummaryProps } from './MembershipSummary.tsx';
export type { MemberDetailsPart } from './parts.ts';
export { RawJson, type RawJsonProps } from './RawJson.tsx';
export { UserExternalIdForm, type UserExternalIdFormProps } from './UserExternalIdForm.tsx';
