import { Injectable, type NestMiddleware, UnsupportedMediaTypeException } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';

const JSON_MEDIA_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

/** Refuses request bodies that are not JSON before a body parser or a schema sees them. */
@Injectable()
export class JsonBodyMiddleware implements NestMiddleware {
  use(request: IncomingMessage, _response: unknown, next: (error?: unknown) => void): void {
    const contentType = request.headers['content-type'] ?? '';
    if (hasBody(request) && !JSON_MEDIA_TYPE.test(contentType)) {
      next(new UnsupportedMediaTypeException());
      return;
    }
    next();
  }
}

function hasBody(request: IncomingMessage): boolean {
  const length = Number(request.headers['content-length'] ?? 0);
  return length > 0 || request.headers['transfer-encoding'] !== undefined;
}
