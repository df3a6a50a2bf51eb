import { Global, Module } from '@nestjs/common';
import { ReadinessChecks } from './readiness-checks.js';
import { ShutdownState } from './shutdown-state.js';

@Global()
@Module({ providers: [ShutdownState, ReadinessChecks], exports: [ShutdownState, ReadinessChecks] })
export class LifecycleModule {}
