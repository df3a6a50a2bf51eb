import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config.js';

const SECRETS = ['password', 'passwordHash', 'access_token', 'refresh_token', 'token'];

// Secrets are masked wherever they appear at the top level or one level down, and in request headers.
const REDACTED_PATHS = [
  ...SECRETS,
  ...SECRETS.map((key) => `*.${key}`),
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  '*.headers.authorization',
];

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // One route for everything: Nest adds the paths excluded from the global prefix back by itself.
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: [
          {
            level: config.get('LOG_LEVEL'),
            // The HTTP platform has already assigned the request id (see http-platform.ts); log it under one name.
            quietReqLogger: true,
            customAttributeKeys: { reqId: 'request_id' },
            customLogLevel: (_request, response) =>
              response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
            // The error filter logs the real cause of a 5xx; pino-http would add a synthetic stack of its own.
            customErrorObject: (_request, _response, _error, value: Record<string, unknown>) => ({
              ...value,
              err: undefined,
            }),
            serializers: {
              req: (request: { method: string; url: string }) => ({ method: request.method, url: request.url }),
              res: (response: { statusCode: number }) => ({ status: response.statusCode }),
            },
            redact: {
              paths: REDACTED_PATHS,
              censor: '[Redacted]',
            },
          },
          // process.stdout writes synchronously to files and pipes on Linux, and tests can observe it.
          process.stdout,
        ],
      }),
    }),
  ],
})
export class LoggingModule {}
