import { Injectable, Module } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppModule } from '../../src/app.module.js';
import { UserRegistered } from '../../src/modules/users/index.js';
import { register } from '../support/auth-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Stands for another module reacting to the users module's events. */
@Injectable()
class RegistrationListener {
  readonly received: UserRegistered[] = [];

  @OnEvent(UserRegistered.eventName)
  onUserRegistered(event: UserRegistered): void {
    this.received.push(event);
  }
}

@Module({ imports: [AppModule], providers: [RegistrationListener] })
class ListeningAppModule {}

describe('domain events', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({}, ListeningAppModule);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('tells listeners in other modules about each registration', async () => {
    const { id, email } = await register(testApp.url);
    expect(testApp.app.get(RegistrationListener).received).toContainEqual(new UserRegistered(id, email));
  });
});
