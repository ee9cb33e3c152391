import { onMounted, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';
import { useDescribeError } from '@/app/errors';
import { queryString } from '@/app/navigation';

/**
 * A page opened from an e-mailed one-time link (`?token=`): spends the token once, on arrival, with `use`,
 * and tells the page whether it worked.
 */
export function useEmailedLink(use: (token: string) => Promise<unknown>) {
  const { t } = useI18n();
  const route = useRoute();
  const describeError = useDescribeError();
  const token = queryString(route.query.token);
  const state = ref<'working' | 'done' | 'failed'>(token ? 'working' : 'failed');
  const problem = ref<string>(token ? '' : t('errors.messages.auth.token_invalid'));

  // The link is used once, on arrival: the token is spent by the first call.
  onMounted(async () => {
    if (!token) return;
    try {
      await use(token);
      state.value = 'done';
    } catch (error) {
      problem.value = describeError(error).message;
      state.value = 'failed';
    }
  });

  return { state, problem };
}
