import {
  type AttributeDefinition,
  type AttributeOption,
  type AttributePolicy,
  type AttributeSource,
  type AttributeType,
  attributeTypes,
  type WritePolicy,
} from './attribute-definition.ts';
import { isPlainObject } from './json.ts';
import { isReservedKey } from './limits.ts';
import { patternBacktrackingRisk } from './regex-safety.ts';
import { standardProfileKeys } from './user.ts';

/** Something wrong with a definition a backend sent, and what the kit did about it. */
export interface DefinitionProblem {
  /** The definition's key, or its position when it had no usable key. */
  key: string;
  /** What was wrong, in English for developers. */
  message: string;
  /** `degraded`: shown read-only as text; `dropped`: left out. */
  outcome: 'degraded' | 'dropped';
}

/** The result of checking definitions from a backend. */
export interface SanitizedDefinitions {
  /** Definitions safe to render, in the order received. */
  definitions: AttributeDefinition[];
  /** What was wrong, for a development-time warning. */
  problems: DefinitionProblem[];
}

/**
 * The most definitions the kit renders. A real profile form has dozens (the bench and the stories
 * build one of over 200); a backend sending thousands (a bug, or hostile) would build a form the page
 * cannot lay out: the rest are dropped, as a problem keyed `(all)`.
 */
export const maxAttributeDefinitions = 500;

const writePolicies: readonly WritePolicy[] = ['user', 'admin', 'none'];
const sources: readonly AttributeSource[] = ['user', 'identity_provider', 'system'];
const standardKeys = new Set<string>(['email', ...standardProfileKeys]);

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function optionalNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function optionalDate(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

function readPolicy(raw: unknown): AttributePolicy {
  const policy = isPlainObject(raw) ? raw : {};
  const write = writePolicies.includes(policy.write as WritePolicy) ? (policy.write as WritePolicy) : 'none';
  const source = sources.includes(policy.source as AttributeSource)
    ? (policy.source as AttributeSource)
    : 'system';
  return {
    write,
    source,
    readOnlyReason: optionalString(policy.readOnlyReason),
    allowOverride: policy.allowOverride === true,
  };
}

function readOptions(raw: unknown): AttributeOption[] | null {
  if (!Array.isArray(raw)) return null;
  const options: AttributeOption[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    const value = typeof item === 'string' ? item : isPlainObject(item) ? item.value : undefined;
    const label = typeof item === 'string' ? item : isPlainObject(item) ? item.label : undefined;
    if (typeof value !== 'string' || value === '' || seen.has(value)) continue;
    seen.add(value);
    options.push({ value, label: typeof label === 'string' && label !== '' ? label : value });
  }
  return options;
}

/** Why a pattern cannot be used (it does not compile, or could freeze the page), or null. */
function patternProblem(pattern: string): string | null {
  try {
    new RegExp(`^(?:${pattern})$`, 'u');
  } catch (error) {
    return `its pattern does not compile (${(error as Error).message})`;
  }
  const risk = patternBacktrackingRisk(pattern);
  return risk && `its pattern could freeze the page (${risk})`;
}

/**
 * Checks definitions received from a backend, which the kit does not trust. A definition with an
 * unknown type, a broken pattern, a select with no options or a standard key in the wrong scope
 * degrades to a read-only text field; one without a usable key, with a reserved key, or repeating
 * an earlier key is dropped. Nothing here throws.
 */
export function sanitizeAttributeDefinitions(raw: unknown): SanitizedDefinitions {
  const problems: DefinitionProblem[] = [];
  const definitions: AttributeDefinition[] = [];
  if (!Array.isArray(raw)) {
    problems.push({ key: '(all)', message: 'definitions were not a list', outcome: 'dropped' });
    return { definitions, problems };
  }
  if (raw.length > maxAttributeDefinitions) {
    problems.push({
      key: '(all)',
      message: `${raw.length - maxAttributeDefinitions} definitions past the first ${maxAttributeDefinitions} were left out`,
      outcome: 'dropped',
    });
  }
  const seen = new Set<string>();
  raw.slice(0, maxAttributeDefinitions).forEach((item, index) => {
    if (!isPlainObject(item)) {
      problems.push({ key: `#${index}`, message: 'not an object', outcome: 'dropped' });
      return;
    }
    const key = typeof item.key === 'string' ? item.key.trim() : '';
    if (key === '' || isReservedKey(key)) {
      problems.push({ key: key || `#${index}`, message: 'missing or reserved key', outcome: 'dropped' });
      return;
    }
    if (seen.has(key)) {
      problems.push({ key, message: 'the key is used by an earlier definition', outcome: 'dropped' });
      return;
    }
    seen.add(key);

    const degradations: string[] = [];
    const rawType = item.type;
    let type: AttributeType = 'text';
    if (attributeTypes.includes(rawType as AttributeType)) type = rawType as AttributeType;
    else degradations.push(`its type ${JSON.stringify(rawType)} is not one the kit knows`);

    const scope =
      item.scope === 'standard' || item.scope === 'custom'
        ? item.scope
        : standardKeys.has(key)
          ? 'standard'
          : 'custom';
    if (scope === 'standard' && !standardKeys.has(key)) {
      degradations.push(`“${key}” is not a standard profile field`);
    }

    const options = readOptions(item.options);
    if ((type === 'single_select' || type === 'multi_select') && (!options || options.length === 0)) {
      degradations.push('it is a select with no options');
    }

    const pattern = optionalString(item.pattern);
    const brokenPattern = pattern === null ? null : patternProblem(pattern);
    if (brokenPattern) degradations.push(brokenPattern);

    const label = optionalString(item.label) ?? key;
    const definition: AttributeDefinition = {
      key,
      scope,
      label,
      type: degradations.length > 0 ? 'text' : type,
      required: item.required === true && degradations.length === 0,
      helpText: optionalString(item.helpText),
      placeholder: optionalString(item.placeholder),
      ...(options ? { options } : {}),
      min: optionalNumber(item.min),
      max: optionalNumber(item.max),
      earliest: optionalDate(item.earliest),
      latest: optionalDate(item.latest),
      minLength: optionalNumber(item.minLength),
      maxLength: optionalNumber(item.maxLength),
      pattern: brokenPattern ? null : pattern,
      patternMessage: optionalString(item.patternMessage),
      group: optionalString(item.group),
      groupLabel: optionalString(item.group) === null ? null : optionalString(item.groupLabel),
      order: optionalNumber(item.order) ?? index,
      policy: readPolicy(item.policy),
      degradedBecause: degradations.length > 0 ? degradations.join('; ') : null,
    };
    if (key === 'email') {
      // The email is the sign-in identifier: never editable through a profile form.
      definition.policy = { ...definition.policy, write: 'none' };
    }
    if (definition.degradedBecause) {
      definition.policy = { ...definition.policy, write: 'none' };
      problems.push({ key, message: definition.degradedBecause, outcome: 'degraded' });
    }
    definitions.push(definition);
  });
  return { definitions, problems };
}
