import { randomInt } from 'node:crypto';

/** A fresh client address for X-Forwarded-For, so that each test (and each run against a shared Redis) has its own budget. */
export function randomClientIp(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

function forwardedFor(clientIp: string | undefined): Record<string, string> {
  return clientIp ? { 'x-forwarded-for': clientIp } : {};
}

/** A route on the global budget. */
export function ping(baseUrl: string, clientIp?: string): Promise<Response> {
  return fetch(`${baseUrl}/api/v1/rate-limit-probe`, { headers: forwardedFor(clientIp) });
}

/** A route on the auth budget. */
export function login(baseUrl: string, clientIp?: string): Promise<Response> {
  return fetch(`${baseUrl}/api/v1/rate-limit-probe/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...forwardedFor(clientIp) },
    body: '{}',
  });
}

/** Sends `count` requests one after another and returns their statuses. */
export async function statusesOf(send: () => Promise<Response>, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let sent = 0; sent < count; sent++) {
    const response = await send();
    await response.arrayBuffer();
    statuses.push(response.status);
  }
  return statuses;
}
