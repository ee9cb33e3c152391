import { computed, nextTick, reactive, ref, useId } from 'vue';
import { useI18n } from 'vue-i18n';
import { useDescribeError, type UserFacingError } from '@/app/errors';
import type { ErrorSummaryItem } from '@/shared/components/ErrorSummary.vue';

// Deliberately as simple as the server's check: one @, no spaces, a dot in the domain.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function looksLikeEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** Splits a server error into messages for the form's own fields and one general message for the rest. */
export function splitFormError<F extends string>(
  described: UserFacingError,
  fields: readonly F[],
): { fields: Partial<Record<F, string>>; general: string | null } {
  const own: Partial<Record<F, string>> = {};
  for (const [field, message] of Object.entries(described.fields)) {
    if ((fields as readonly string[]).includes(field)) own[field as F] = message;
  }
  return { fields: own, general: Object.keys(own).length ? null : described.message };
}

interface Focusable {
  focus: () => void;
}

/**
 * State every form shares: per-field errors (ids `${idPrefix}-${field}`), a general error, the error
 * summary's items in field order, the busy flag and the submit flow: validate on the client, send,
 * map server errors to fields, and focus the summary when anything failed.
 */
export function useForm<F extends string>(fields: readonly F[]) {
  const { t } = useI18n();
  const describeError = useDescribeError();
  const idPrefix = useId();
  const errors = reactive<Partial<Record<F, string>>>({}) as Partial<Record<F, string>>;
  const generalError = ref<string | null>(null);
  const busy = ref(false);
  const summary = ref<Focusable | null>(null);

  const fieldId = (field: F) => `${idPrefix}-${field}`;

  const summaryItems = computed<ErrorSummaryItem[]>(() => {
    const items: ErrorSummaryItem[] = fields
      .filter((f) => errors[f])
      .map((f) => ({ target: fieldId(f), message: errors[f]! }));
    if (generalError.value) items.unshift({ message: generalError.value });
    return items;
  });

  function clear() {
    for (const f of fields) delete errors[f];
    generalError.value = null;
  }

  async function focusSummary() {
    await nextTick();
    summary.value?.focus();
  }

  /**
   * Runs `send` unless `validate` found problems (it fills `errors`); returns whether it succeeded.
   * A second submit while busy is ignored.
   */
  async function submit(send: () => Promise<unknown>, validate?: () => void): Promise<boolean> {
    if (busy.value) return false;
    clear();
    validate?.();
    if (summaryItems.value.length) {
      await focusSummary();
      return false;
    }
    busy.value = true;
    try {
      await send();
      return true;
    } catch (error) {
      const split = splitFormError(describeError(error), fields);
      Object.assign(errors, split.fields);
      generalError.value = split.general;
      await focusSummary();
      return false;
    } finally {
      busy.value = false;
    }
  }

  /** "Fyll ut feltet «E-post»." */
  function required(field: F, value: string | readonly unknown[], label: string) {
    const empty = typeof value === 'string' ? !value.trim() : value.length === 0;
    if (empty && !errors[field]) errors[field] = t('forms.required', { field: label });
  }

  function email(field: F, value: string) {
    if (value.trim() && !looksLikeEmail(value) && !errors[field]) errors[field] = t('errors.messages.validation.email_invalid');
  }

  return { errors, generalError, busy, summary, summaryItems, fieldId, clear, submit, required, email, describeError };
}
