import { ref } from 'vue';
import { useAction } from './useAction';

/**
 * One action at a time on the rows of a list (verify an organisation, change a role, revoke an invitation …): which
 * row is busy, and the outcome as a status for LiveStatus or a problem (the server's message).
 */
export function useRowAction() {
  const { error: problem, run: runAction } = useAction();
  const busyId = ref<string | null>(null);
  const status = ref<string | null>(null);

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
      return await runAction(action, () => (status.value = done()));
    } finally {
      busyId.value = null;
    }
  }

  return { busyId, status, problem, clear, run };
}
