/**
 * Scalekit's OpenAPI document, loaded once per test worker into openapi-backend (routing, and request
 * and response validation with Ajv), for the fake Scalekit.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import addFormats from 'ajv-formats';
import { type Document, type Handler, OpenAPIBackend } from 'openapi-backend';

const documentPath = fileURLToPath(new URL('./scalekit-openapi.json', import.meta.url));

/** One problem Ajv found, as `path: message`. */
export type Violation = { field: string; message: string };

/** A router and validator over Scalekit's OpenAPI document, with the fake's handlers registered. */
export async function createOpenApiCheck(handlers: Record<string, Handler>): Promise<OpenAPIBackend> {
  const definition = JSON.parse(readFileSync(documentPath, 'utf8')) as Document;
  const api = new OpenAPIBackend({
    definition,
    // The document is OpenAPI 3.1.1; openapi-backend checks a definition against the 3.0 meta-schema
    // only, which rejects 3.1's `webhooks` and `$ref` siblings. Routing and validation still work.
    quick: true,
    validate: true,
    // Query strings arrive as text: `page_size=30` is checked as the integer the document declares.
    coerceTypes: true,
    customizeAjv: (ajv) => {
      addFormats(ajv);
      return ajv;
    },
    handlers,
  });
  await api.init();
  return api;
}

/** Ajv's errors as field paths in Scalekit's style (`user_profile.custom_attributes.zip`). */
export function violationsOf(
  errors: readonly { instancePath: string; message?: string; params?: unknown }[],
): Violation[] {
  return errors.map((error) => {
    const field = error.instancePath
      .replace(/^\/(requestBody|query|path|params)\/?/, '')
      .split('/')
      .filter(Boolean)
      .join('.');
    const missing = (error.params as { missingProperty?: string } | undefined)?.missingProperty;
    return {
      field: missing ? [field, missing].filter(Boolean).join('.') : field,
      message: error.message ?? 'is invalid',
    };
  });
}
