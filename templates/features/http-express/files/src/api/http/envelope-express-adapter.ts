import type { Server } from 'node:http';
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import { answerClientError } from './client-error.js';

/** Express as Nest runs it, except that what Express and Node answer by themselves gets the envelope too. */
export class EnvelopeExpressAdapter extends ExpressAdapter {
  override initHttpServer(options: NestApplicationOptions): void {
    super.initHttpServer(options);
    const server = this.getHttpServer() as Server;
    // A missing Host is refused by admissionError(), with the envelope.
    Object.assign(server, { requireHostHeader: false });
    server.on('clientError', answerClientError);
  }

  // Nest answers unknown routes under the global prefix only; Express would answer the others with an HTML page.
  override setNotFoundHandler(...args: Parameters<ExpressAdapter['setNotFoundHandler']>): unknown {
    super.setNotFoundHandler(...args);
    return this.use(args[0]);
  }
}
