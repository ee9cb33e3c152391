import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { currentRequestId } from './request-context.js';

/** JSON logs; pretty-printed only when a person watches a terminal in development. `destination`: tests read the lines. */
export function createLogger(level: string, pretty = false, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    redact: ['req.headers.cookie', 'password', '*.password'],
    // Every line written while a request is handled carries its id (request-context.ts).
    mixin: () => {
      const reqId = currentRequestId();
      return reqId ? { reqId } : {};
    },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } } : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
