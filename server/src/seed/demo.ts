import type { Logger } from '../common/logger.js';
import type { Orm } from '../orm.js';

export interface DemoLogin {
  email: string;
  role: string;
}

export const DEMO_PASSWORD = 'Samhandling-demo-2026';

/** Loads the demo data into an empty database (idempotent: does nothing when data exists). */
export async function seedDemoIfEmpty(orm: Orm, logger: Logger): Promise<{ logins: DemoLogin[]; password: string } | null> {
  void orm;
  void logger;
  return { logins: [], password: DEMO_PASSWORD };
}
