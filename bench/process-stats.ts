/** What the mixed benchmark reports beside latency: each server process's CPU and its pool's waits (issue 28),
 * PostgreSQL's and the load generator's CPU, and how often the server processes were preempted. */
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';

const TICKS_PER_SECOND = 100; // Linux USER_HZ

/** The primary and its workers (node:cluster forks them as its children). */
export function serverPids(primary: number): number[] {
  const children = readFileSync(`/proc/${primary}/task/${primary}/children`, 'utf8').trim();
  return [primary, ...(children ? children.split(/\s+/).map(Number) : [])];
}

/** CPU seconds (user + system) one process has used so far. */
export function cpuSecondsOf(pid: number | string): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Context switches a process has had so far: voluntary (it waited) and involuntary (preempted while runnable). */
export function contextSwitchesOf(pid: number): { voluntary: number; involuntary: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const count = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)$`, 'm').exec(status)?.[1] ?? NaN);
  return { voluntary: count('voluntary_ctxt_switches'), involuntary: count('nonvoluntary_ctxt_switches') };
}

/**
 * CPU seconds used so far by the PostgreSQL cluster listening on `databaseUrl`'s port (its postmaster and that one's
 * children; a shared test cluster on the same machine is not counted), per process, as backends come and go with
 * the pool; `since` sums what each process still running used after an earlier reading.
 */
export function postgresCpu(databaseUrl: string): { read(): Map<string, number>; since(before: Map<string, number>): number; autovacuumWorkers(): number } {
  const port = new URL(databaseUrl).port;
  const postmaster = readdirSync('/proc').find((pid) => {
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return argv[0]!.endsWith('postgres') && argv[argv.indexOf('-p') + 1] === port;
    } catch {
      return false;
    }
  });
  if (!postmaster) throw new Error(`no postmaster found for port ${port}`);
  const read = () => {
    const byPid = new Map<string, number>();
    for (const pid of serverPids(Number(postmaster))) {
      try {
        byPid.set(String(pid), cpuSecondsOf(pid));
      } catch {
        // ended meanwhile
      }
    }
    return byPid;
  };
  const autovacuumWorkers = () =>
    serverPids(Number(postmaster)).filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('postgres: autovacuum worker');
      } catch {
        return false;
      }
    }).length;
  return { read, since: (before) => [...read()].reduce((sum, [pid, cpu]) => sum + cpu - (before.get(pid) ?? 0), 0), autovacuumWorkers };
}

/** CPU seconds (user + system) each process has used so far. */
export function cpuSeconds(pids: number[]): Record<number, number> {
  return Object.fromEntries(pids.map((pid) => [pid, cpuSecondsOf(pid)]));
}

/** Each process's share of one core between two `cpuSeconds` readings, in percent. */
export function cpuPercent(before: Record<number, number>, after: Record<number, number>, seconds: number): Record<number, number> {
  return Object.fromEntries(Object.entries(after).map(([pid, s]) => [pid, Math.round(((s - (before[Number(pid)] ?? 0)) / seconds) * 100)]));
}

/** What `poolWaits` reads from one server process's /metrics: its waits for a database connection, and beside them
 * what else tells a slow second apart (requests answered, event-loop hold, long collections). */
export interface PoolWaits {
  /** HTTP requests the process answered (every route), so the split between processes shows. */
  requests: number;
  acquisitions: number;
  over10ms: number;
  over50ms: number;
  waitSecondsTotal: number;
  /** The longest the process's event loop was held since its previous scrape (prom-client's monitor, reset by each
   * scrape), ms: between two readings, the later one's. */
  eventLoopDelayMaxMs: number;
  /** Its garbage collections (all kinds) that took 10 ms or more, and 100 ms or more (`nodejs_gc_duration_seconds`). */
  gcOver10ms: number;
  gcOver100ms: number;
  /** Time spent in collections, ms: all kinds, and the major (mark-compact) ones alone. */
  gcMs: number;
  majorGcMs: number;
}

/** The `PoolWaits` readings of every process behind the port: /metrics scraped on new connections until each pid is seen. */
export async function poolWaits(port: number, processes: number): Promise<Record<string, PoolWaits>> {
  const seen: Record<string, PoolWaits> = {};
  for (let i = 0; i < processes * 20 && Object.keys(seen).length < processes; i++) {
    const text = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/metrics', agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () => resolve(body));
      });
      req.on('error', reject).end();
    });
    const pid = /^samhandling_process\{pid="(\d+)"\} 1$/m.exec(text)?.[1];
    // The first scrape of each process only: a second one would find its event-loop monitor just reset.
    if (!pid || seen[pid]) continue;
    const value = (name: string) => Number(new RegExp(`^${name.replace(/[{}+".]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
    const count = value('samhandling_db_pool_wait_seconds_count');
    const sum = (pattern: RegExp) => [...text.matchAll(pattern)].reduce((total, m) => total + Number(m[1]), 0);
    const requests = sum(/^samhandling_http_requests_total\{[^}]*\} (\S+)$/gm);
    const collections = sum(/^nodejs_gc_duration_seconds_count\{[^}]*\} (\S+)$/gm);
    seen[pid] = {
      requests,
      acquisitions: count,
      over10ms: count - value('samhandling_db_pool_wait_seconds_bucket{le="0.01"}'),
      over50ms: count - value('samhandling_db_pool_wait_seconds_bucket{le="0.05"}'),
      waitSecondsTotal: +value('samhandling_db_pool_wait_seconds_sum').toFixed(3),
      eventLoopDelayMaxMs: Math.round(value('nodejs_eventloop_lag_max_seconds') * 1000),
      gcOver10ms: collections - sum(/^nodejs_gc_duration_seconds_bucket\{le="0\.01",[^}]*\} (\S+)$/gm),
      gcOver100ms: collections - sum(/^nodejs_gc_duration_seconds_bucket\{le="0\.1",[^}]*\} (\S+)$/gm),
      gcMs: sum(/^nodejs_gc_duration_seconds_sum\{[^}]*\} (\S+)$/gm) * 1000,
      majorGcMs: sum(/^nodejs_gc_duration_seconds_sum\{[^}]*kind="major"[^}]*\} (\S+)$/gm) * 1000,
    };
  }
  return seen;
}

/** Resolves once `processes` different server processes answer on `port`: the server reports healthy when its first
 * worker does, and connections opened before the others listen all go to that one (session 27: every request of a
 * run to one worker). */
export async function everyProcessAnswering(port: number, processes: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Object.keys(await poolWaits(port, processes)).length < processes) {
    if (Date.now() > deadline) throw new Error(`fewer than ${processes} server processes answered on port ${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The difference between two `poolWaits` readings, per process. */
export function poolWaitsBetween(before: Record<string, PoolWaits>, after: Record<string, PoolWaits>): Record<string, PoolWaits> {
  return Object.fromEntries(
    Object.entries(after).map(([pid, a]) => {
      const b = before[pid] ?? { requests: 0, acquisitions: 0, over10ms: 0, over50ms: 0, waitSecondsTotal: 0, gcOver10ms: 0, gcOver100ms: 0, gcMs: 0, majorGcMs: 0 };
      return [
        pid,
        {
          requests: a.requests - b.requests,
          acquisitions: a.acquisitions - b.acquisitions,
          over10ms: a.over10ms - b.over10ms,
          over50ms: a.over50ms - b.over50ms,
          waitSecondsTotal: +(a.waitSecondsTotal - b.waitSecondsTotal).toFixed(3),
          eventLoopDelayMaxMs: a.eventLoopDelayMaxMs,
          gcOver10ms: a.gcOver10ms - b.gcOver10ms,
          gcOver100ms: a.gcOver100ms - b.gcOver100ms,
          gcMs: Math.round(a.gcMs - b.gcMs),
          majorGcMs: Math.round(a.majorGcMs - b.majorGcMs),
        },
      ];
    }),
  );
}

/** What the machine and the processes did in each second of a run, to tell whose a slow second was (issue 28). */
export interface PerSecondSamples {
  /** Both cores' busy share, in percent of one core (so up to 200 on two cores), and of that the part no process
   * of the run used (other work on the machine). */
  machineBusy: number[];
  otherBusy: number[];
  /** The cores' time stolen by the hypervisor and waiting for the disk, in percent of one core. */
  steal: number[];
  iowait: number[];
  /** Time some runnable task waited for a core (/proc/pressure/cpu, "some"), ms in the second. */
  cpuPressureMs: number[];
  serverCpu: number[];
  postgresCpu: number[];
  /** PostgreSQL's autovacuum workers running at the end of the second. */
  autovacuumWorkers: number[];
  loadGeneratorCpu: number[];
  /** The server processes' longest event-loop hold in the second (ms), their collections of 10 ms or more (and the
   * time in all collections and in major ones), and their waits over 10 ms for a database connection: from /metrics
   * scraped every second, only when asked (`scrapeServer`), as the scrapes cost the server time of their own. */
  serverLoopHeldMs: number[];
  serverGcOver10ms: number[];
  serverGcMs: number[];
  serverMajorGcMs: number[];
  poolWaitsOver10ms: number[];
}

function machineTicks(): { busy: number; steal: number; iowait: number } {
  const [user, nice, system, , iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number) as number[];
  return { busy: user! + nice! + system! + irq! + softirq!, steal: steal!, iowait: iowait! };
}

function cpuPressureMicros(): number {
  try {
    return Number(/^some .* total=(\d+)$/m.exec(readFileSync('/proc/pressure/cpu', 'utf8'))?.[1] ?? NaN);
  } catch {
    return NaN; // no PSI in this kernel
  }
}

/** Samples `PerSecondSamples` once a second from now until `stop()`. */
export function sampleEachSecond(port: number, serverPidList: number[], postgres: ReturnType<typeof postgresCpu>, scrapeServer: boolean): { stop(): Promise<{ perSecond: PerSecondSamples; loopHeldMaxByPid: Record<string, number> }> } {
  const samples: PerSecondSamples = { machineBusy: [], otherBusy: [], steal: [], iowait: [], cpuPressureMs: [], serverCpu: [], postgresCpu: [], autovacuumWorkers: [], loadGeneratorCpu: [], serverLoopHeldMs: [], serverGcOver10ms: [], serverGcMs: [], serverMajorGcMs: [], poolWaitsOver10ms: [] };
  const processes = serverPidList.length > 1 ? serverPidList.length - 1 : 1; // node:cluster's primary answers no request
  const read = () => ({ at: performance.now(), machine: machineTicks(), pressure: cpuPressureMicros(), server: cpuSeconds(serverPidList), postgres: postgres.read(), own: process.cpuUsage() });
  let last = read();
  let lastMetrics: Promise<Record<string, PoolWaits>> | undefined = scrapeServer ? poolWaits(port, processes) : undefined;
  let pending = Promise.resolve();
  // Each scrape resets a process's event-loop monitor, so the run's longest hold per process is kept here.
  const loopHeldMaxByPid: Record<string, number> = {};
  const timer = setInterval(() => {
    const now = read();
    const seconds = (now.at - last.at) / 1000;
    const percent = (ticks: number) => Math.round(ticks / seconds); // ticks are hundredths of a second
    const serverCpu = Object.values(cpuPercent(last.server, now.server, seconds)).reduce((a, b) => a + b, 0);
    const postgresCpu = Math.round((postgres.since(last.postgres) / seconds) * 100);
    const loadGeneratorCpu = Math.round(((now.own.user + now.own.system - last.own.user - last.own.system) / 1e6 / seconds) * 100);
    const machineBusy = percent(now.machine.busy - last.machine.busy);
    samples.machineBusy.push(machineBusy);
    samples.otherBusy.push(Math.max(0, machineBusy - serverCpu - postgresCpu - loadGeneratorCpu));
    samples.steal.push(percent(now.machine.steal - last.machine.steal));
    samples.iowait.push(percent(now.machine.iowait - last.machine.iowait));
    samples.cpuPressureMs.push(Math.round((now.pressure - last.pressure) / 1000 / seconds));
    samples.serverCpu.push(serverCpu);
    samples.postgresCpu.push(postgresCpu);
    samples.autovacuumWorkers.push(postgres.autovacuumWorkers());
    samples.loadGeneratorCpu.push(loadGeneratorCpu);
    last = now;
    if (!lastMetrics) return;
    // The scrape runs beside the load; a slow answer is recorded in its own second, in order.
    const before = lastMetrics;
    const after = (lastMetrics = poolWaits(port, processes));
    pending = pending.then(async () => {
      const byPid = poolWaitsBetween(await before, await after);
      for (const [pid, w] of Object.entries(byPid)) loopHeldMaxByPid[pid] = Math.max(loopHeldMaxByPid[pid] ?? 0, w.eventLoopDelayMaxMs);
      const between = Object.values(byPid);
      samples.serverLoopHeldMs.push(Math.max(0, ...between.map((w) => w.eventLoopDelayMaxMs)));
      samples.serverGcOver10ms.push(between.reduce((n, w) => n + w.gcOver10ms, 0));
      samples.serverGcMs.push(between.reduce((n, w) => n + w.gcMs, 0));
      samples.serverMajorGcMs.push(between.reduce((n, w) => n + w.majorGcMs, 0));
      samples.poolWaitsOver10ms.push(between.reduce((n, w) => n + w.over10ms, 0));
    });
  }, 1000);
  return {
    async stop() {
      clearInterval(timer);
      await pending;
      return { perSecond: samples, loopHeldMaxByPid };
    },
  };
}
