import { ClientError } from "./errors";

/**
 * Reads a JSON request body without trusting its headers: the size is counted while streaming (a missing or false
 * Content-Length cannot get a larger body in). A body that is not JSON (wrong type, bad UTF-8, unparseable) is 415:
 * the server cannot read it at all, which is different from JSON that fails validation (422).
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    throw new ClientError(
      415,
      `send the body as JSON (Content-Type: application/json), not ${type ? `"${type}"` : "an untyped body"}`,
    );
  }
  const declared = Number(request.headers.get("content-length"));
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
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
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ClientError(415, "the body is not valid UTF-8 JSON");
  }
  if (!text.trim())
    throw new ClientError(422, "the body is empty", { "(body)": ["send one article or { articles: [...] }"] });
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ClientError(415, `the body is not JSON: ${(e as Error).message}`);
  }
}

const tooLarge = (max: number) =>
  new ClientError(413, `the body is larger than ${Math.round(max / 1024 / 1024)} MB; send fewer articles per request`);

/**
 * A dynamic route segment as its value: Next.js may pass it percent-encoded. A malformed escape or an absurd length
 * is null (the caller answers 404), never an exception that would become a 500.
 */
export function routeParam(raw: string, maxLength = 200): string | null {
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return value.length > 0 && value.length <= maxLength ? value : null;
}
