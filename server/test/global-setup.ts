import type { TestProject } from 'vitest/node';
import { createLogger } from '../src/common/logger.js';
import { openScratchServer } from '../src/db/scratch.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
  }
}

/** One PostgreSQL server for the run (TEST_DATABASE_URL or the shared embedded test cluster);
 * every test file makes its own database on it. */
export default async function setup(project: TestProject) {
  const server = await openScratchServer(createLogger('warn'));
  project.provide('pgServerUrl', server.url);
  return () => server.stop();
}
