import { computed, type Ref, type WritableComputedRef } from 'vue';
import type { FilterChip } from '@/shared/components/FilterDisclosure.vue';

/**
 * A list page's filters that hold one value each ('' for any), kept in a v-model object that is replaced, never
 * mutated: one writable field per filter for its select, and the chosen ones as chips (in `chipLabels`' order, each
 * named by its label function) that can be removed one at a time.
 */
export function useSelectFilters<F extends { [Key in keyof F]: string }, K extends keyof F & string>(model: Ref<F>, chipLabels: Record<K, (value: string) => string>) {
  function set<Key extends keyof F>(key: Key, value: F[Key]) {
    model.value = { ...model.value, [key]: value };
  }

  function field<Key extends keyof F>(key: Key): WritableComputedRef<F[Key]> {
    return computed({ get: () => model.value[key], set: (value: F[Key]) => set(key, value) });
  }

  const chips = computed<FilterChip[]>(() =>
    (Object.keys(chipLabels) as K[]).filter((key) => model.value[key] !== '').map((key) => ({ key, label: chipLabels[key](model.value[key]) })),
  );

  function removeChip(key: string) {
    set(key as K, '' as F[K]);
  }

  return { set, field, chips, removeChip };
}
