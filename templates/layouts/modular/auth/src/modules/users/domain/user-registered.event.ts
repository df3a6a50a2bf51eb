/** Published once an account exists; other modules react with `@OnEvent(UserRegistered.eventName)`. */
export class UserRegistered {
  static readonly eventName = 'users.user-registered';

  constructor(
    readonly userId: string,
    readonly email: string,
  ) {}
}
