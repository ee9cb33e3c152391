import { ref } from 'vue';
import { useDescribeError } from '@/app/errors';

/**
 * One action at a time on the rows of a list (verify an organisation, change a role, revoke an invitation …): which
 * row is busy, and the outcome as a status for LiveStatus or a problem (the server's message).
 */
export function useRowAction() {
  const describeError = useDescribeError();
  const busyId = ref<string | null>(null);
  const status = ref<string | null>(null);
  const problem = ref<string | null>(null);

  function clear() {
    status.value = null;
    problem.value = null;
  }

  /** Runs `action` for the row `id` unless one is running already; true when it succeeded (the status says `done()`). */
  async function run(id: string, action: () => Promise<unknown>, done: () => string): Promise<boolean> {
    if (busyId.value) return false;
    busyId.value = id;
    clear();
    try {
      await action();
      status.value = done();
      return true;
    } catch (e) {
      problem.value = describeError(e).message;
      return false;
    } finally {
      busyId.value = null;
    }
  }

  return { busyId, status, problem, clear, run };
}
