export const authTestEnvironment = {
  JWT_SECRET: 'test-only-secret-that-is-at-least-32-characters',
};
