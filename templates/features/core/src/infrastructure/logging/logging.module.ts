import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config.js';

const SECRETS = ['password', 'passwordHash', 'access_token', 'refresh_token', 'token'];

// Secrets are masked wherever they appear at the top level or one level down, and in request headers.
const REDACTED_PATHS = [
  ...SECRETS,
  ...SECRETS.map((key) => `*.${key}`),
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
];

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // The HTTP platform's own hooks write the line of each request (see http-platform.ts): no Nest
        // middleware and no per-request async context, which cost more than the rest of a simple request.
        forRoutes: [],
        pinoHttp: [
          {
            level: config.get('LOG_LEVEL'),
            redact: { paths: REDACTED_PATHS, censor: '[Redacted]' },
          },
          // process.stdout writes synchronously to files and pipes on Linux, and tests can observe it.
          process.stdout,
        ],
      }),
    }),
  ],
})
export class LoggingModule {}
