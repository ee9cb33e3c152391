import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { S3Settings } from './common/files/s3.js';
import { resolveFromRoot } from './common/paths.js';
import { compileTrust, type TrustProxy } from './common/request-context.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Connections per server process (DB_POOL_SIZE; PostgreSQL's max_connections must cover every process: README).
 * The pool is fixed (min = max, so none is closed when idle) and `warmPool` opens it at start: a pool that grew
 * under load paid 200–670 ms per new connection while the process was busy, and one that shrank when quiet paid
 * it again on the next burst (issue 28). 20, not 10: at 250 req/s of the mixed benchmark one process with 10 waited
 * over 10 ms for a connection 179–1,558 times a minute, and a post waiting for one holds up the thread's queue of
 * posts; with 20, 19–247 times, and the worst 20-s window's p99 fell from a median of 204 to 125 ms (docs/benchmarks.md §3).
 */
export const DEFAULT_POOL_SIZE = 20;

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
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^\r\n<>]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, 'must be an address, optionally with a name: Samhandling <samhandling@fylke.no>')
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  DATA_DIR: z.string().default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  WEB_BALANCE: z.enum(['request', 'connection']).default('connection'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(DEFAULT_POOL_SIZE),
  WS_MAX_CONNECTIONS_PER_IP: z.coerce.number().int().min(1).default(50),
  EVENT_JOBS_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .refine((v) => v !== 'true', 'give a hop count or the proxies’ addresses, not true (that would believe any X-Forwarded-For)')
    .refine((v) => /^\d+$/.test(v) || v === 'false' || validTrustList(v), 'must be a hop count (1), false, or addresses and subnets: 10.0.0.0/8, loopback'),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  METRICS_HOST: z.string().default('127.0.0.1'),
  FILE_STORAGE: z.enum(['disk', 's3']).default('disk'),
  S3_ENDPOINT: z.url({ message: 'must be a URL such as http://minio:9000' }).optional(),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name (3–63 lower-case letters, digits, dots, hyphens)')
    .optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).optional(),
  S3_PREFIX: z.string().regex(/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*\/?$/, 'must be a folder path such as samhandling/').optional(),
});

export interface Config {
  port: number;
  databaseUrl?: string;
  publicUrl: string;
  sessionSecret: string;
  smtpUrl?: string;
  /** The From of every mail (MAIL_FROM): an address of the county's own domain, so SPF and DKIM pass. */
  mailFrom: string;
  logLevel: (typeof LOG_LEVELS)[number];
  dataDir: string;
  embeddedPgPort: number;
  nodeEnv: 'development' | 'production' | 'test';
  /** Server processes sharing the port (node:cluster); 1 runs everything in one process. */
  workers: number;
  /** With several processes: `request` puts a proxy in front that balances each request (balancer.ts), `connection`
   * lets node:cluster hand out connections. */
  balance: 'request' | 'connection';
  /** PostgreSQL connections per server process, all opened at start (orm.ts). */
  dbPoolSize: number;
  /** Open WebSockets one client address may hold, per server process (ws-server.ts). */
  wsMaxConnectionsPerIp: number;
  /** How often each process looks for due event reminders and reserved seats to release (modules/events/reminders.ts). */
  eventJobsSeconds: number;
  /** Which X-Forwarded-For entries are believed for req.ip (rate limits, logs): request-context.ts. */
  trustProxy: TrustProxy;
  /** `/metrics` needs `Authorization: Bearer <metricsToken>` when set (observability.ts). */
  metricsToken?: string;
  /** Serve `/metrics` on this internal port (on `metricsHost`) instead of the app's. */
  metricsPort?: number;
  metricsHost: string;
  /** Where uploads live: `disk` under `<dataDir>/files`, or `s3` (then `s3` is set). */
  fileStorage: 'disk' | 's3';
  s3?: S3Settings;
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
  if (e.FILE_STORAGE === 's3' && !e.S3_BUCKET) throw new ConfigError('Invalid configuration:\n  S3_BUCKET: required when FILE_STORAGE=s3');
  if (!!e.S3_ACCESS_KEY_ID !== !!e.S3_SECRET_ACCESS_KEY) throw new ConfigError('Invalid configuration:\n  S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: set both, or neither (the AWS SDK then finds credentials itself)');
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
    mailFrom: e.MAIL_FROM ?? 'Samhandling <no-reply@samhandling.local>',
    logLevel: e.LOG_LEVEL,
    dataDir,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    nodeEnv: e.NODE_ENV,
    workers: e.WEB_CONCURRENCY,
    balance: e.WEB_BALANCE,
    dbPoolSize: e.DB_POOL_SIZE,
    wsMaxConnectionsPerIp: e.WS_MAX_CONNECTIONS_PER_IP,
    eventJobsSeconds: e.EVENT_JOBS_SECONDS,
    trustProxy: /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY === 'false' ? false : e.TRUST_PROXY,
    metricsToken: e.METRICS_TOKEN,
    metricsPort: e.METRICS_PORT,
    metricsHost: e.METRICS_HOST,
    fileStorage: e.FILE_STORAGE,
    s3:
      e.FILE_STORAGE === 's3'
        ? {
            endpoint: e.S3_ENDPOINT,
            bucket: e.S3_BUCKET!,
            region: e.S3_REGION,
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
            // Path style by default with an endpoint of one's own (MinIO), virtual hosts on AWS.
            forcePathStyle: e.S3_FORCE_PATH_STYLE ? e.S3_FORCE_PATH_STYLE === 'true' : !!e.S3_ENDPOINT,
            prefix: e.S3_PREFIX,
          }
        : undefined,
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

function validTrustList(list: string): boolean {
  try {
    compileTrust(list);
    return true;
  } catch {
    return false;
  }
}
