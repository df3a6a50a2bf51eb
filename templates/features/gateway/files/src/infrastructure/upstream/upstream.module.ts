import { Global, Module } from '@nestjs/common';
import { UpstreamHealthIndicator } from './upstream.health.js';
import { Upstreams } from './upstreams.js';

@Global()
@Module({ providers: [Upstreams, UpstreamHealthIndicator], exports: [Upstreams] })
export class UpstreamModule {}
