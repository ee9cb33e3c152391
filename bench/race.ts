/**
 * Benchmark 5: the registration race. 200 signed-in clients register for an event with 20 seats at the same
 * moment, over HTTP against a running server process; five rounds. Confirmed must be exactly 20 each time.
 * Run: npm run bench:race   (writes bench/results/race.json)
 */
import { freePort, stopServer } from '../server/test/server-process.js';
import { benchDatabase, login, pct, publishEvents, round, SECRET, spawnBuiltServer, sessions, STAFF, writeResult } from './lib.js';

const CLIENTS = 200;
const SEATS = 20;
const ROUNDS = 5;

const db = await benchDatabase('bench_race');
const server = await spawnBuiltServer(await freePort(), { DATABASE_URL: db.url, SESSION_SECRET: SECRET, NODE_ENV: 'production' });
try {
  const staff = await login(server.port, STAFF);
  const cookies = await sessions(db.orm, CLIENTS, 'race');
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    const [eventId] = await publishEvents(server.port, staff, 1); // the first event publishEvents makes has 20 seats
    const body = JSON.stringify({ query: 'mutation($id: ID!) { eventRegister(eventId: $id) { status } }', variables: { id: eventId } });
    const started = performance.now();
    const answers = await Promise.all(
      cookies.map(async (cookie) => {
        const t0 = performance.now();
        const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
        const json = (await res.json()) as { data?: { eventRegister: { status: string } }; errors?: unknown };
        return { status: json.data?.eventRegister.status ?? 'ERROR', ms: performance.now() - t0 };
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const count = (s: string) => answers.filter((a) => a.status === s).length;
    const [row] = await db.orm.em.getConnection().execute<{ confirmed: number; capacity: number }[]>('select confirmed_count as confirmed, capacity from event where id = ?', [eventId]);
    rounds.push({
      confirmed: count('CONFIRMED'), waitlisted: count('WAITLISTED'), errors: count('ERROR'), confirmedInDatabase: row!.confirmed, capacity: row!.capacity,
      requestsPerSecond: round(CLIENTS / seconds), latencyMs: { p50: round(pct(answers.map((a) => a.ms), 50)), p99: round(pct(answers.map((a) => a.ms), 99)) },
    });
  }
  writeResult('race', {
    clients: CLIENTS, seats: SEATS, rounds,
    exactlyTwentyConfirmedEveryRound: rounds.every((r) => r.confirmed === SEATS && r.confirmedInDatabase === SEATS && r.errors === 0),
    medianRequestsPerSecond: pct(rounds.map((r) => r.requestsPerSecond), 50),
  });
} finally {
  await stopServer(server);
  await db.stop();
}
process.exit(0);
