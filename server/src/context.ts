import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { LoginLimiter } from './common/auth/login-limiter.js';
import type { PresenceHub } from './common/change-feed/presence.js';
import type { PubSub } from './common/change-feed/pubsub.js';
import { loadViewer } from './common/auth/session.js';
import type { Viewer } from './common/auth/viewer.js';
import type { Logger } from './common/logger.js';
import type { Mailer, MailMessage } from './common/mail/mailer.js';
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
  /** Per-operation memo, so fields of many items ask the database once (e.g. the viewer's group access). */
  memo: Memo;
}

/** What one operation has read, by key: loads are shared, and what is known already is answered at once. */
export interface Memo {
  <T>(key: string, load: () => Promise<T>): Promise<T>;
  /** The value under `key` if it is known now (primed, or its load has finished); else undefined. */
  known<T>(key: string): T | undefined;
  /** Records a value read along with something else (a list's related rows), for `known`. */
  prime(key: string, value: unknown): void;
}

export async function createContext(
  services: AppServices,
  source: { cookie?: string; http?: { req: Request; res: Response } },
): Promise<Context> {
  const { orm, ...rest } = services;
  const em = orm.em.fork();
  const viewer = await loadViewer(em, services.config.sessionSecret, source.cookie);
  return { ...rest, em, viewer, http: source.http, memo: createMemo() };
}

/** A fresh `Context.memo`. */
export function createMemo(): Memo {
  const memos = new Map<string, Promise<unknown>>();
  const values = new Map<string, unknown>();
  const memo = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let loading = memos.get(key);
    if (!loading) {
      loading = load().then((value) => (values.set(key, value), value));
      memos.set(key, loading);
    }
    return loading as Promise<T>;
  };
  return Object.assign(memo, {
    known: <T>(key: string) => values.get(key) as T | undefined,
    prime: (key: string, value: unknown) => void values.set(key, value),
  });
}

/** Mail goes out after the change is committed; a failed send is logged, never undoes the change. */
export async function sendMail(ctx: Pick<Context, 'mailer' | 'logger'>, message: MailMessage): Promise<void> {
  try {
    await ctx.mailer.send(message);
  } catch (err) {
    ctx.logger.error({ err, subject: message.subject }, 'could not send mail');
  }
}
