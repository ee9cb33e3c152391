import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this file whose package.json declares workspaces.
 * Found by walking up so the same code works from `server/src` (tsx) and `server/dist/server/src` (built). */
function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && 'workspaces' in JSON.parse(readFileSync(pkg, 'utf8'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Could not find the repository root (package.json with workspaces)');
    dir = parent;
  }
}

export const repoRoot = findRepoRoot();
export const migrationsDir = join(repoRoot, 'migrations');
/** The built client; CLIENT_DIST_DIR (relative to the repo) serves another build, e.g. for parallel e2e runs. */
export const clientDistDir = process.env.CLIENT_DIST_DIR ? resolve(repoRoot, process.env.CLIENT_DIST_DIR) : join(repoRoot, 'client', 'dist');
export const schemaFile = join(repoRoot, 'schema', 'schema.graphql');
export const resolveFromRoot = (p: string) => resolve(repoRoot, p);
