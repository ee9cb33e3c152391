/**
 * Runs the tasks given one key one after another, in the order they come, in this process; tasks of other keys
 * run freely. For writes that PostgreSQL would serialise anyway on one row's lock: they wait here, holding nothing,
 * instead of each holding a pooled connection while it waits for the lock (docs/benchmarks.md §3, session 23).
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
