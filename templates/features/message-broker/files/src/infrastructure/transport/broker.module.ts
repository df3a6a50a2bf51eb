import { Module } from '@nestjs/common';
import { BrokerHealthIndicator } from './broker.health.js';

@Module({ providers: [BrokerHealthIndicator] })
export class BrokerModule {}
