import { randomUUID } from 'node:crypto';

export interface Tokens {
  access_token: string;
  refresh_token: string;
  token_type: string;
  expires_in: number;
}

export const PASSWORD = 'correct horse battery staple';

export function uniqueEmail(): string {
  return `user-${randomUUID()}@example.com`;
}

export function post(baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

export async function register(baseUrl: string, email = uniqueEmail()): Promise<{ id: string; email: string }> {
  const response = await post(baseUrl, '/api/v1/auth/register', { email, password: PASSWORD });
  if (response.status !== 201) throw new Error(`register answered ${response.status}`);
  return ((await response.json()) as { data: { id: string; email: string } }).data;
}

export async function login(baseUrl: string, email: string, password = PASSWORD): Promise<Tokens> {
  const response = await post(baseUrl, '/api/v1/auth/login', { email, password });
  if (response.status !== 200) throw new Error(`login answered ${response.status}`);
  return ((await response.json()) as { data: Tokens }).data;
}

export function getMe(baseUrl: string, accessToken?: string) {
  return fetch(`${baseUrl}/api/v1/users/me`, {
    headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
  });
}
