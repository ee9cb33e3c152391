/**
 * Compares two V8 CPU profiles (`SERVER_NODE_FLAGS="--cpu-prof --cpu-prof-dir=…"` with bench:cpu, one per server):
 * milliseconds of CPU per package or function in each, sorted by the difference. Paths of a baseline checkout
 * are read as this one's, so the same file compares with itself.
 * Run: node --import tsx bench/profile-diff.ts <a.cpuprofile> <b.cpuprofile> [rows=40] [pkg|fn|incl]
 *      LAST_MS=28000 SKIP_END_MS=1500 … (only the samples of that window before the profile's end: the measured slices)
 * `pkg` and `fn` count self time; `incl` counts each function once per sample on whose stack it is.
 */
import { readFileSync } from 'node:fs';
import { framePackage } from './frames.js';

interface CallFrame {
  functionName: string;
  url: string;
}
interface Profile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const [fileA, fileB, rowsArg, modeArg] = process.argv.slice(2);
if (!fileA || !fileB) {
  console.error('usage: profile-diff.ts <a.cpuprofile> <b.cpuprofile> [rows] [pkg|fn|incl]');
  process.exit(2);
}
const mode = modeArg ?? 'pkg';
const rows = Number(rowsArg ?? 40);
const lastMs = Number(process.env.LAST_MS ?? 0);
const skipEndMs = Number(process.env.SKIP_END_MS ?? 0);

function tally(file: string): { byKey: Map<string, number>; total: number } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (f: CallFrame) => (mode === 'pkg' ? framePackage(f.url) : `${f.functionName || '(anon)'} ${framePackage(f.url)}`);
  const to = profile.endTime - skipEndMs * 1000;
  const from = lastMs ? to - lastMs * 1000 : -Infinity;
  const byKey = new Map<string, number>();
  let total = 0;
  let time = profile.startTime;
  profile.samples.forEach((sample, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    time += delta;
    const node = byId.get(sample)!;
    if (time < from || time > to || node.callFrame.functionName === '(idle)') return;
    total += delta;
    if (mode !== 'incl') {
      byKey.set(key(node.callFrame), (byKey.get(key(node.callFrame)) ?? 0) + delta);
      return;
    }
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const k = key(byId.get(id)!.callFrame);
      if (!seen.has(k)) byKey.set(k, (byKey.get(k) ?? 0) + delta);
      seen.add(k);
    }
  });
  return { byKey, total };
}

const a = tally(fileA);
const b = tally(fileB);
console.log(`busy: a ${(a.total / 1000).toFixed(0)} ms, b ${(b.total / 1000).toFixed(0)} ms   (columns: a − b, a, b in ms)`);
const keys = [...new Set([...a.byKey.keys(), ...b.byKey.keys()])];
const lines = keys.map((k) => ({ k, x: (a.byKey.get(k) ?? 0) / 1000, y: (b.byKey.get(k) ?? 0) / 1000 })).sort((p, q) => q.x - q.y - (p.x - p.y));
const show = (l: (typeof lines)[number]) => console.log(`${(l.x - l.y).toFixed(0).padStart(7)} ${l.x.toFixed(0).padStart(7)} ${l.y.toFixed(0).padStart(7)}  ${l.k}`);
lines.slice(0, rows).forEach(show);
console.log('…');
lines.slice(-Math.min(12, Math.max(0, lines.length - rows))).forEach(show);
