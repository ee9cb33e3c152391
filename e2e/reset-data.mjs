// Deletes the e2e server's data folder (<repo>/.data/e2e) so each run gets a fresh database.
// Plain JS: it runs with `node` before the server, and Node 20 cannot run TypeScript.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../.data/e2e', import.meta.url));
rmSync(dir, { recursive: true, force: true });
console.log(`e2e: removed ${dir}`);
