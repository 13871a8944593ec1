/**
 * The messages' public names, as `teamkit` exports them: the English catalogue, the message types a host
 * overrides or provides, and the formatters the kit uses for text, numbers and dates.
 */
export { en } from './en/index.ts';
export { formatMessage, formatPlural, type MessageValues, type PluralMessage } from './format.ts';
export { type DateInput, formatDate, formatDateTime, formatNumber, formatRelativeTime } from './intl.ts';
export type {
  MessageOverrides,
  OnDemandArea,
  ProvidedMessages,
  TeamkitMessages,
} from './messages.ts';
