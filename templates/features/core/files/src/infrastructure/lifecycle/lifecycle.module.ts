import { Global, Module } from '@nestjs/common';
import { HttpDrain } from './http-drain.js';
import { ReadinessChecks } from './readiness-checks.js';
import { ShutdownState } from './shutdown-state.js';

@Global()
@Module({
  providers: [ShutdownState, ReadinessChecks, HttpDrain],
  exports: [ShutdownState, ReadinessChecks, HttpDrain],
})
export class LifecycleModule {}
