const json = (method, url, body, headers = {}) =>
  fetch(url, { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** Registers and logs in a fresh user; resolves with its access token. */
export async function signUp(baseUrl) {
  const credentials = { email: `bench-${Date.now()}@example.com`, password: 'benchmark password' };
  await json('POST', `${baseUrl}/api/v1/auth/register`, credentials);
  const response = await json('POST', `${baseUrl}/api/v1/auth/login`, credentials);
  if (response.status !== 200) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  return (await response.json()).data.access_token;
}

// The decimal field may be a string or a number in the generated schema: the first body that is accepted wins.
const orderBodies = [
  (i) => ({ title: `Order ${i}`, price: '12.50', paid: i % 2 === 0, status: 'draft', customerEmail: `customer-${i}@example.com` }),
  (i) => ({ title: `Order ${i}`, price: 12.5, paid: i % 2 === 0, status: 'draft', customerEmail: `customer-${i}@example.com` }),
];

/** Creates `count` orders through the API (10 at a time); resolves with { problem } when the route refuses them. */
export async function seedOrders(baseUrl, authorization, count) {
  const url = `${baseUrl}/api/v1/orders`;
  let body;
  let lastAnswer = '';
  for (const candidate of orderBodies) {
    const response = await json('POST', url, candidate(0), { authorization });
    lastAnswer = `${response.status} ${(await response.text()).slice(0, 200)}`;
    if (response.status === 201 || response.status === 200) {
      body = candidate;
      break;
    }
  }
  if (!body) return { problem: `POST /api/v1/orders was refused: ${lastAnswer}` };
  for (let next = 1; next < count; next += 10) {
    const batch = [];
    for (let i = next; i < Math.min(next + 10, count); i++) batch.push(json('POST', url, body(i), { authorization }));
    for (const response of await Promise.all(batch)) {
      await response.arrayBuffer();
      if (response.status >= 300) return { problem: `seeding: POST /api/v1/orders answered ${response.status}` };
    }
  }
  const list = await fetch(url, { headers: { authorization } });
  if (list.status !== 200) return { problem: `GET /api/v1/orders answered ${list.status}` };
  return {};
}
