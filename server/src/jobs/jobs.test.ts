import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../common/logger.js';
import type { Mailer } from '../common/mail/mailer.js';
import type { Orm } from '../orm.js';
import { JOBS, startJobs, type Job } from './index.js';

afterEach(() => vi.useRealTimers());

describe('the job registry', () => {
  it('lists each job once, each at least every hour', () => {
    expect(new Set(JOBS.map((j) => j.name)).size).toBe(JOBS.length);
    expect(JOBS.map((j) => j.name)).toEqual(['notification digest', 'activity upkeep', 'grant reminders', 'grant follow-up', 'expiring guest registrations', 'deleting old registration answers', 'event reminders and seat release', 'settlement survey reminders', 'settlement milestone reminders']);
    for (const job of JOBS) expect(job.everyMs).toBeLessThanOrEqual(3_600_000);
  });

  it('runs each job on its timer with a fresh EntityManager, logs a failed run and goes on, and stops', async () => {
    vi.useFakeTimers();
    const forks: unknown[] = [];
    const orm = { em: { fork: () => (forks.push({}), forks.at(-1)) } } as unknown as Orm;
    const errors: string[] = [];
    const logger = { error: (_o: unknown, message: string) => errors.push(message) } as unknown as Logger;
    const runs: string[] = [];
    const jobs: Job[] = [
      { name: 'often', everyMs: 1_000, run: async () => runs.push('often') },
      { name: 'broken', everyMs: 5_000, run: async () => Promise.reject(new Error('down')) },
    ];
    const started = startJobs({ orm, mailer: {} as Mailer, logger, publicUrl: 'http://x', sessionSecret: 'x'.repeat(40) }, {}, jobs);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(runs).toHaveLength(5);
    expect(errors).toEqual(['broken failed']);
    expect(new Set(forks).size).toBe(6);
    started.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runs).toHaveLength(5);
  });
});
