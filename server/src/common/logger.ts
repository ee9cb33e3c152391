import { pino, type Logger } from 'pino';

/** JSON logs; pretty-printed only when a person watches a terminal in development. */
export function createLogger(level: string, pretty = false): Logger {
  return pino({
    level,
    redact: ['req.headers.cookie', 'password', '*.password'],
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } } : {}),
  });
}

export type { Logger };
