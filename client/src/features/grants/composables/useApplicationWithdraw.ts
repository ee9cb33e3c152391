import { ref, type Ref } from 'vue';
import { useDescribeError } from '@/app/errors';
import { useGrantApplicationWithdraw } from './useGrantApplicationWithdraw';

/**
 * Withdrawing the application behind a confirmation: what is typed is saved first (`beforeWithdraw`). Kept with
 * the view, not in the section that shows it: the section is gone as soon as the server stops offering it.
 */
export function useApplicationWithdraw({ id, beforeWithdraw }: { id: Ref<string>; beforeWithdraw: () => Promise<void> }) {
  const describeError = useDescribeError();
  const { withdraw, loading: busy } = useGrantApplicationWithdraw();
  const open = ref(false);
  const problem = ref<string | null>(null);

  /** Resolves true once the server withdrew it. */
  async function confirm(): Promise<boolean> {
    if (busy.value) return false;
    problem.value = null;
    try {
      await beforeWithdraw();
      await withdraw(id.value);
      open.value = false;
      return true;
    } catch (e) {
      problem.value = describeError(e).message;
      return false;
    }
  }

  return { open, problem, busy, confirm };
}
