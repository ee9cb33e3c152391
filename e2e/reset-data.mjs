// Deletes the e2e server's data folder (<repo>/<argv[2]>, e.g. .data/e2e-4100) so each run gets a fresh database.
// Plain JS: it runs with `node` before the server, and Node 20 cannot run TypeScript.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const relative = process.argv[2] ?? '.data/e2e-4100';
if (!relative.startsWith('.data/')) throw new Error(`refusing to delete ${relative}: not under .data/`);
const dir = fileURLToPath(new URL(`../${relative}`, import.meta.url));
rmSync(dir, { recursive: true, force: true });
console.log(`e2e: removed ${dir}`);
