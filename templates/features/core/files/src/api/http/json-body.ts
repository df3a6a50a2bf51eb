import type { IncomingHttpHeaders } from 'node:http';

const JSON_MEDIA_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

/** A request body that is not JSON, refused (415) before a body parser or a schema sees it. */
export function isNonJsonBody(headers: IncomingHttpHeaders): boolean {
  const hasBody = Number(headers['content-length'] ?? 0) > 0 || headers['transfer-encoding'] !== undefined;
  return hasBody && !JSON_MEDIA_TYPE.test(headers['content-type'] ?? '');
}
