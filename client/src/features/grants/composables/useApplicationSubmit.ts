import { ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { errorExtension, useDescribeError } from '@/app/errors';
import type { ErrorSummaryItem } from '@/shared/components/ErrorSummary.vue';
import type { ApplicationDraft } from './useApplicationDraft';
import { useGrantApplicationSubmit } from './useGrantApplicationSubmit';

export interface ApplicationSubmitOptions {
  id: Ref<string>;
  draft: Pick<ApplicationDraft, 'flush' | 'status' | 'conflict'>;
  /** The field to jump to for each `missing` code the form can fix. */
  targets: Ref<Record<string, string>>;
  /** Reloads the application (its checklist) after the server said what is missing. */
  reload: () => void;
}

/**
 * Sending the application in (or again, after a request for more information): the draft is saved first, then
 * the server decides. What it refuses comes back as `problems` (a summary with links to the fields) or, for the
 * deadline, as `refusal`.
 */
export function useApplicationSubmit({ id, draft, targets, reload }: ApplicationSubmitOptions) {
  const { t } = useI18n();
  const describeError = useDescribeError();
  const { submit: send, loading: submitting } = useGrantApplicationSubmit();
  const problems = ref<{ heading: string; items: ErrorSummaryItem[] }>({ heading: '', items: [] });
  const refusal = ref<string | null>(null);

  /** Resolves true once the server accepted it. */
  async function submit(): Promise<boolean> {
    if (submitting.value) return false;
    problems.value = { heading: '', items: [] };
    refusal.value = null;
    await draft.flush();
    if (draft.status.value === 'conflict') {
      draft.conflict.open = true;
      return false;
    }
    if (draft.status.value === 'invalid' || draft.status.value === 'retrying') {
      problems.value = { heading: t('grants.submit.problemsHeading'), items: [{ message: t('grants.submit.notSaved') }] };
      return false;
    }
    try {
      await send(id.value);
      return true;
    } catch (e) {
      const described = describeError(e);
      const codes = errorExtension(e, 'missing');
      if (Array.isArray(codes) && codes.length) {
        const items = codes.filter((c): c is string => typeof c === 'string').map((code) => ({ target: targets.value[code], message: t(`grants.missing.${code}`) }));
        problems.value = { heading: t('grants.submit.notEligible'), items };
        reload();
      } else if (described.code === 'CONFLICT') {
        refusal.value = described.message;
      } else {
        problems.value = { heading: t('grants.submit.problemsHeading'), items: [{ message: described.message }] };
      }
      return false;
    }
  }

  return { submit, submitting, problems, refusal };
}
