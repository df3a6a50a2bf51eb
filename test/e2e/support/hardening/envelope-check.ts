export interface ReceivedResponse {
  status: number;
  headers: Headers | Record<string, string | undefined>;
  body: string;
}

function header(response: ReceivedResponse, name: string): string | undefined {
  const { headers } = response;
  return headers instanceof Headers ? (headers.get(name) ?? undefined) : headers[name];
}

/**
 * What is wrong with a response under the contract: a 5xx other than an allowed one, an error that is not the
 * envelope, or a request id missing or differing between header and body. Undefined when nothing is.
 */
export function contractProblem(response: ReceivedResponse, allowedServerErrors: number[] = []): string | undefined {
  const requestId = header(response, 'x-request-id');
  if (!requestId) return `${response.status} without X-Request-Id`;
  if (response.status >= 500 && !allowedServerErrors.includes(response.status)) return `${response.status}: ${response.body.slice(0, 200)}`;
  if (response.status < 400) return undefined;
  if (!/^application\/json\b/.test(header(response, 'content-type') ?? '')) {
    return `${response.status} with Content-Type ${header(response, 'content-type')}: ${response.body.slice(0, 120)}`;
  }
  let envelope: { error?: { code?: unknown; message?: unknown; details?: unknown; request_id?: unknown } };
  try {
    envelope = JSON.parse(response.body) as typeof envelope;
  } catch {
    return `${response.status} with a body that is not JSON: ${response.body.slice(0, 120)}`;
  }
  const error = envelope.error;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string' || !Array.isArray(error.details)) {
    return `${response.status} without the error envelope: ${response.body.slice(0, 200)}`;
  }
  if (error.request_id !== requestId) return `${response.status}: request_id ${String(error.request_id)} != header ${requestId}`;
  if (response.status === 503 && !header(response, 'retry-after')) return '503 without Retry-After';
  return undefined;
}
