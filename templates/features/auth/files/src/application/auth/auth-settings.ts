/** Token lifetimes, read from the environment by the infrastructure and handed to the use cases. */
export abstract class AuthSettings {
  abstract readonly refreshTokenTtlSeconds: number;
}
