import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { LoginLimiter } from './common/auth/login-limiter.js';
import type { PresenceHub } from './common/change-feed/presence.js';
import type { PubSub } from './common/change-feed/pubsub.js';
import type { FileStorage } from './common/files/storage.js';
import { loadViewer } from './common/auth/session.js';
import type { SessionCache } from './common/auth/session-cache.js';
import type { Viewer } from './common/auth/viewer.js';
import type { Logger } from './common/logger.js';
import type { Mailer, MailMessage } from './common/mail/mailer.js';
import { createMemo, type Memo } from './common/read-model/memo.js';
import type { Config } from './config.js';
import type { Orm } from './orm.js';

/** Long-lived parts of the server, made once at start. */
export interface AppServices {
  orm: Orm;
  pubSub: PubSub;
  presence: PresenceHub;
  logger: Logger;
  config: Config;
  mailer: Mailer;
  loginLimiter: LoginLimiter;
  /** Uploaded files: the disk or an S3 bucket (FILE_STORAGE). */
  files: FileStorage;
  /** Session rows kept between requests, forgotten when they change (common/auth/session-cache.ts). */
  sessionCache: SessionCache;
}

/** What every resolver receives. One EntityManager fork per HTTP request and per graphql-ws operation,
 * so identity maps never leak between requests; the viewer is read from the session cookie each time,
 * so a logout or a removed membership takes effect on the next operation, over HTTP and WebSocket alike. */
export interface Context extends Omit<AppServices, 'orm'> {
  em: EntityManager;
  viewer: Viewer;
  /** Present over HTTP (where cookies can be set), absent over WebSocket. */
  http?: { req: Request; res: Response };
  pubSub: PubSub;
  /** Per-operation loaders (common/read-model/memo.ts), so fields of many items ask the database once (e.g. the
   * viewer's group access). */
  memo: Memo;
}

export async function createContext(
  services: AppServices,
  source: { cookie?: string; http?: { req: Request; res: Response } },
): Promise<Context> {
  const em = services.orm.em.fork();
  const viewer = await loadViewer(em, services.config.sessionSecret, source.cookie, services.sessionCache);
  // Written out, not `{ ...rest, em, … }`: docs/design.md, "Per-request code".
  const { pubSub, presence, logger, config, mailer, loginLimiter, files, sessionCache } = services;
  return { pubSub, presence, logger, config, mailer, loginLimiter, files, sessionCache, em, viewer, http: source.http, memo: createMemo() };
}

/** Mail goes out after the change is committed; a failed send is logged, never undoes the change. */
export async function sendMail(ctx: Pick<Context, 'mailer' | 'logger'>, message: MailMessage): Promise<void> {
  try {
    await ctx.mailer.send(message);
  } catch (err) {
    ctx.logger.error({ err, subject: message.subject }, 'could not send mail');
  }
}
