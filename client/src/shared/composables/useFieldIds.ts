import { computed } from 'vue';

/**
 * The ids of a field's description and error message (`<id>-description`, `<id>-error`), and its aria-describedby:
 * the ones shown, or nothing.
 */
export function useFieldIds(props: { readonly id: string; readonly description?: string | null; readonly error?: string | null }) {
  const errorId = computed(() => `${props.id}-error`);
  const descriptionId = computed(() => `${props.id}-description`);
  const describedBy = computed(() => [props.description ? descriptionId.value : null, props.error ? errorId.value : null].filter(Boolean).join(' ') || undefined);
  return { errorId, descriptionId, describedBy };
}
