import { randomUUID } from 'node:crypto';

export interface ApiSession {
  userId: string;
  accessToken: string;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: string;
}

/** One request with a bearer token; a body is sent as JSON. */
export async function call(
  baseUrl: string,
  method: string,
  target: string,
  { token, body, timeoutMs = 10_000 }: { token?: string; body?: string; timeoutMs?: number } = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}${target}`, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** Registers a fresh user and logs in. */
export async function newSession(baseUrl: string): Promise<ApiSession> {
  const credentials = JSON.stringify({ email: `hardening-${randomUUID()}@example.com`, password: 'correct horse battery staple' });
  const registered = await call(baseUrl, 'POST', '/api/v1/auth/register', { body: credentials });
  if (registered.status !== 201) throw new Error(`register answered ${registered.status}: ${registered.body}`);
  const loggedIn = await call(baseUrl, 'POST', '/api/v1/auth/login', { body: credentials });
  if (loggedIn.status !== 200) throw new Error(`login answered ${loggedIn.status}: ${loggedIn.body}`);
  const { id } = (JSON.parse(registered.body) as { data: { id: string } }).data;
  return { userId: id, accessToken: (JSON.parse(loggedIn.body) as { data: { access_token: string } }).data.access_token };
}
