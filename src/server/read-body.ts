import { TeamkitError, validationError } from '../core/errors.ts';

/**
 * The JSON body of a request, refused before it is all read when it is larger than `maxBytes` (a
 * declared Content-Length is checked first; a chunked body is counted as it arrives), not JSON by
 * its content type, or not parseable.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new TeamkitError('validation', 'Send the request body as JSON (Content-Type: application/json).');
  }
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) throw validationError({}, 'The request has no body.');

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const text = new TextDecoder().decode(concat(chunks, size));
  try {
    return JSON.parse(text);
  } catch {
    throw new TeamkitError('validation', 'The request body is not valid JSON.');
  }
}

function tooLarge(maxBytes: number): TeamkitError {
  return new TeamkitError('validation', `The request body is larger than ${maxBytes} bytes.`);
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
