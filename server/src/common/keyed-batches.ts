/**
 * Writes the items given one key in batches, one batch at a time, in the order they come, in this process; items of
 * other keys are written freely. An item given while its key is idle is written at once and alone; those given while
 * a batch is being written wait and go together, up to `maxBatch`, in the next. For writes that PostgreSQL would
 * serialise anyway on one row's lock (a thread's posts): they wait here, holding nothing, instead of each holding a
 * pooled connection while it waits for the lock (docs/benchmarks.md §3, session 23), and a queue that built up
 * while one write was slow drains in one more write, not in one write per item (session 33).
 */
export class KeyedBatches<I, O> {
  private readonly waiting = new Map<string, Waiting<I, O>[]>();

  /** `write` answers each item, in their order; `maxBatch` bounds one statement's size. */
  constructor(
    private readonly write: (items: I[]) => Promise<O[]>,
    private readonly maxBatch: number,
  ) {}

  add(key: string, item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      const queue = this.waiting.get(key);
      if (queue) queue.push({ item, resolve, reject });
      else {
        this.waiting.set(key, [{ item, resolve, reject }]);
        void this.drain(key);
      }
    });
  }

  /** Writes the key's batches until none is waiting. The key's entry stays while a batch is written: that is "busy". */
  private async drain(key: string): Promise<void> {
    const queue = this.waiting.get(key)!;
    while (queue.length) {
      const batch = queue.splice(0, this.maxBatch);
      await this.writeBatch(batch);
    }
    this.waiting.delete(key);
  }

  private async writeBatch(batch: Waiting<I, O>[]): Promise<void> {
    try {
      const answers = await this.write(batch.map((w) => w.item));
      batch.forEach((w, i) => w.resolve(answers[i]!));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      // One item that cannot be written (its author deleted meanwhile) must not fail the others: each alone.
      for (const w of batch) await this.writeBatch([w]);
    }
  }
}

interface Waiting<I, O> {
  item: I;
  resolve: (answer: O) => void;
  reject: (error: unknown) => void;
}
