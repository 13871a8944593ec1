/**
 * Scalekit's error answers as the fake sends them (grpc-gateway's Status JSON), buf.validate's map
 * rule, and the fake's IDs.
 */
import type { Violation } from './openapi-check.ts';

/** A reply before it is sent: status and JSON body. */
export type Reply = { status: number; body: unknown };

const errorInfoType = 'type.googleapis.com/scalekit.v1.errdetails.ErrorInfo';

/**
 * Scalekit's error body: grpc-gateway's Status JSON. The OpenAPI document declares 4xx bodies as a
 * bare `errdetailsErrorInfo`, which is not what Scalekit sends (scalekit-api.md §7); the fake follows
 * Scalekit, so error bodies are not checked against the document's schema.
 */
export function status(
  httpStatus: number,
  grpcCode: number,
  errorCode: string,
  message: string,
  violations: Violation[] = [],
): { status: number; body: unknown } {
  const detail: Record<string, unknown> = { '@type': errorInfoType, error_code: errorCode };
  if (violations.length > 0) {
    detail.validation_error_info = {
      field_violations: violations.map((violation) => ({
        field: violation.field,
        description: violation.message,
      })),
    };
  }
  return { status: httpStatus, body: { code: grpcCode, message, details: [detail] } };
}

export const invalid = (violations: Violation[], message = 'Validation error') =>
  status(400, 3, 'INVALID_ARGUMENT', message, violations);
export const notFound = (what: string) => status(404, 5, 'NOT_FOUND', `${what} not found`);
export const alreadyExists = (message: string, field?: string) =>
  status(409, 6, 'ALREADY_EXISTS', message, field ? [{ field, message }] : []);

/** buf.validate's map rule (scalekit-api.md §8): pairs, keys 3–25, values 1–256. */
export function mapViolations(
  map: Record<string, string> | undefined,
  field: string,
  maxPairs: number,
): Violation[] {
  if (!map) return [];
  const violations: Violation[] = [];
  const entries = Object.entries(map);
  if (entries.length > maxPairs)
    violations.push({ field, message: `map must be at most ${maxPairs} entries` });
  for (const [key, value] of entries) {
    if (key.length < 3 || key.length > 25) {
      violations.push({
        field: `${field}["${key}"]`,
        message: 'key length must be between 3 and 25 characters',
      });
    }
    if (value.length < 1 || value.length > 256) {
      violations.push({
        field: `${field}["${key}"]`,
        message: 'value length must be between 1 and 256 characters',
      });
    }
  }
  return violations;
}

let sequence = 96194455173857548n;
export function newId(prefix: string): string {
  sequence += 1n;
  return `${prefix}${sequence}`;
}
