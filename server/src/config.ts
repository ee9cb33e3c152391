import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { resolveFromRoot } from './common/paths.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  PUBLIC_URL: z.url({ message: 'must be an absolute URL such as https://samhandling.example.no' }).optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  DATA_DIR: z.string().default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  WS_MAX_CONNECTIONS_PER_IP: z.coerce.number().int().min(1).default(50),
  EVENT_JOBS_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
});

export interface Config {
  port: number;
  databaseUrl?: string;
  publicUrl: string;
  sessionSecret: string;
  smtpUrl?: string;
  logLevel: (typeof LOG_LEVELS)[number];
  dataDir: string;
  embeddedPgPort: number;
  nodeEnv: 'development' | 'production' | 'test';
  /** Server processes sharing the port (node:cluster); 1 runs everything in one process. */
  workers: number;
  /** Open WebSockets one client address may hold, per server process (ws-server.ts). */
  wsMaxConnectionsPerIp: number;
  /** How often each process looks for due event reminders and reserved seats to release (modules/events/reminders.ts). */
  eventJobsSeconds: number;
}

export class ConfigError extends Error {}

/** Reads and validates the environment; every problem is listed at once, by variable name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set": docker-compose and shells often pass VAR= .
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolveFromRoot(e.DATA_DIR);
  let sessionSecret = e.SESSION_SECRET;
  if (!sessionSecret) {
    if (e.DATABASE_URL) {
      throw new ConfigError(
        'Invalid configuration:\n  SESSION_SECRET: required when DATABASE_URL is set (at least 32 characters)',
      );
    }
    sessionSecret = readOrCreateSecret(join(dataDir, 'session-secret'));
  }
  return {
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    sessionSecret,
    smtpUrl: e.SMTP_URL,
    logLevel: e.LOG_LEVEL,
    dataDir,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    nodeEnv: e.NODE_ENV,
    workers: e.WEB_CONCURRENCY,
    wsMaxConnectionsPerIp: e.WS_MAX_CONNECTIONS_PER_IP,
    eventJobsSeconds: e.EVENT_JOBS_SECONDS,
  };
}

/** The embedded default keeps its generated secret beside the data so sessions survive restarts. */
function readOrCreateSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(join(file, '..'), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}
