import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from './common/logger.js';
import type { Orm } from './orm.js';

/** What every resolver receives. One EntityManager fork per HTTP request and per graphql-ws operation,
 * so identity maps never leak between requests. */
export interface Context {
  em: EntityManager;
  logger: Logger;
}

export function createContext(orm: Orm, logger: Logger): Context {
  return { em: orm.em.fork(), logger };
}
