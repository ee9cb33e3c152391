import type { FacetOption } from '../components/FacetGroup.vue';

/**
 * A facet's options: the values with hits and their counts, plus the chosen ones (count 0) so they can always be
 * seen and undone. In a fixed order when one is given (not by count, so the options stay put while one ticks them
 * or moves through them with the arrow keys), else by label in the interface language.
 */
export function facetOptions(
  values: readonly { value: string; count: number }[] | undefined,
  selected: readonly string[],
  label: (value: string) => string,
  locale: string,
  order?: readonly string[],
): FacetOption[] {
  const list = (values ?? []).filter((v) => v.count > 0).map((v) => ({ value: v.value, count: v.count, label: label(v.value) }));
  for (const value of selected) if (!list.some((o) => o.value === value)) list.push({ value, count: 0, label: label(value) });
  if (order) return list.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  const collator = new Intl.Collator(locale === 'en' ? 'en' : 'nb');
  return list.sort((a, b) => collator.compare(a.label, b.label));
}
