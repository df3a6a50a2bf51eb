import { applyDecorators, Controller, UseFilters, UseInterceptors } from '@nestjs/common';
import { MessageLoggingInterceptor } from './message-logging.interceptor.js';
import { RpcErrorFilter } from './rpc-error.filter.js';

/** A controller of message handlers: each message is logged with its request_id, each error leaves as an RpcError. */
export const MessageController = (): ClassDecorator =>
  applyDecorators(Controller(), UseInterceptors(MessageLoggingInterceptor), UseFilters(RpcErrorFilter));
