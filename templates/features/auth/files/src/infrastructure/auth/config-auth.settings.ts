import { Injectable } from '@nestjs/common';
import { AuthSettings } from '../../application/auth/auth-settings.js';
import { AppConfig } from '../config/app-config.js';

@Injectable()
export class ConfigAuthSettings extends AuthSettings {
  readonly refreshTokenTtlSeconds: number;

  constructor(config: AppConfig) {
    super();
    this.refreshTokenTtlSeconds = config.get('JWT_REFRESH_TTL');
  }
}
