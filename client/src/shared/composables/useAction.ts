import { ref } from 'vue';
import { useDescribeError } from '@/app/errors';

/**
 * One action at a time in a panel or a small form (invite, answer, open, save …): whether it runs, and the server's
 * message when it failed. useRowAction is the same for the rows of a list.
 */
export function useAction() {
  const describeError = useDescribeError();
  const busy = ref(false);
  const error = ref<string | null>(null);

  /** Runs `action` unless one is running already, then `done` with its result; true when it succeeded. */
  async function run<T>(action: () => Promise<T>, done?: (result: T) => void): Promise<boolean> {
    if (busy.value) return false;
    busy.value = true;
    error.value = null;
    try {
      const result = await action();
      done?.(result);
      return true;
    } catch (e) {
      error.value = describeError(e).message;
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, run };
}
