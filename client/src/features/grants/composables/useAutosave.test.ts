import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAutosave } from './useAutosave';

class Conflict extends Error {
  constructor(readonly currentVersion: number) {
    super('grant/version_conflict');
  }
}
class Invalid extends Error {}

function setup(save: (version: number) => Promise<number>) {
  return useAutosave({
    version: 3,
    save,
    conflictVersion: (e) => (e instanceof Conflict ? e.currentVersion : null),
    isPermanent: (e) => e instanceof Invalid,
    delay: 1500,
    retryDelay: 5000,
    now: () => new Date('2026-11-23T11:03:00Z'),
  });
}

describe('useAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing, then saves once with the loaded version', async () => {
    const save = vi.fn(async (v: number) => v + 1);
    const a = setup(save);
    a.changed();
    await vi.advanceTimersByTimeAsync(1000);
    a.changed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).not.toHaveBeenCalled();
    expect(a.status.value).toBe('pending');
    await vi.advanceTimersByTimeAsync(600);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(3);
    expect(a.status.value).toBe('saved');
    expect(a.version.value).toBe(4);
    expect(a.savedAt.value?.toISOString()).toBe('2026-11-23T11:03:00.000Z');
  });

  it('sends the version the previous save returned', async () => {
    const save = vi.fn(async (v: number) => v + 10);
    const a = setup(save);
    a.changed();
    await vi.advanceTimersByTimeAsync(1500);
    a.changed();
    await vi.advanceTimersByTimeAsync(1500);
    expect(save.mock.calls.map((c) => c[0])).toEqual([3, 13]);
    expect(a.version.value).toBe(23);
  });

  it('flush saves at once (leaving a field) and does nothing when all is saved', async () => {
    const save = vi.fn(async (v: number) => v + 1);
    const a = setup(save);
    await a.flush();
    expect(save).not.toHaveBeenCalled();
    a.changed();
    await a.flush();
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves again after a save that was overtaken by more typing', async () => {
    let finish: (v: number) => void = () => undefined;
    const save = vi.fn((v: number) => new Promise<number>((resolve) => (finish = () => resolve(v + 1))));
    const a = setup(save);
    a.changed();
    await vi.advanceTimersByTimeAsync(1500);
    expect(a.status.value).toBe('saving');
    a.changed(); // typed while saving
    finish(4);
    await vi.advanceTimersByTimeAsync(0);
    expect(a.status.value).toBe('pending');
    await vi.advanceTimersByTimeAsync(1500);
    expect(save.mock.calls.map((c) => c[0])).toEqual([3, 4]);
    finish(5);
    await vi.advanceTimersByTimeAsync(0);
    expect(a.status.value).toBe('saved');
    expect(a.version.value).toBe(5);
  });

  it('stops on a conflict and keeps the edits unsaved until reset with the newest version', async () => {
    const save = vi.fn(async (v: number) => {
      if (v === 3) throw new Conflict(7);
      return v + 1;
    });
    const a = setup(save);
    a.changed();
    await vi.advanceTimersByTimeAsync(1500);
    expect(a.status.value).toBe('conflict');
    expect(a.conflictVersion.value).toBe(7);
    expect(a.hasUnsaved.value).toBe(true);
    // More typing or leaving the field sends nothing: it would overwrite the other person's work.
    a.changed();
    await a.flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(1);

    a.reset(7);
    expect(a.status.value).toBe('idle');
    expect(a.conflictVersion.value).toBeNull();
    a.changed();
    await vi.advanceTimersByTimeAsync(1500);
    expect(save).toHaveBeenLastCalledWith(7);
    expect(a.status.value).toBe('saved');
    expect(a.version.value).toBe(8);
  });

  it('retries after a network failure', async () => {
    const save = vi.fn<(v: number) => Promise<number>>().mockRejectedValueOnce(new Error('offline')).mockImplementation(async (v) => v + 1);
    const a = setup(save);
    a.changed();
    await vi.advanceTimersByTimeAsync(1500);
    expect(a.status.value).toBe('retrying');
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith(3);
    expect(a.status.value).toBe('saved');
  });

  it('does not retry input the server refused; the next edit tries again', async () => {
    const save = vi.fn<(v: number) => Promise<number>>().mockRejectedValueOnce(new Invalid('grant/title_length')).mockImplementation(async (v) => v + 1);
    const a = setup(save);
    a.changed();
    await vi.advanceTimersByTimeAsync(1500);
    expect(a.status.value).toBe('invalid');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(save).toHaveBeenCalledTimes(1);
    a.changed();
    await vi.advanceTimersByTimeAsync(1500);
    expect(save).toHaveBeenCalledTimes(2);
    expect(a.status.value).toBe('saved');
  });
});
