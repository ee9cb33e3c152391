import { onBeforeUnmount, ref, watchEffect } from 'vue';

interface DynamicTitle {
  owner: symbol;
  title: string;
}

/** A page's own title (e.g. an organisation's name), used instead of its route's titleKey while set. */
export const dynamicTitle = ref<DynamicTitle | null>(null);

/**
 * Sets document.title from data the page loads. `title` returns null while loading: the route's
 * titleKey is used meanwhile. Owned by the calling component, so a page that unmounts after the next
 * one mounted does not clear the newer title.
 */
export function usePageTitle(title: () => string | null | undefined): void {
  const owner = Symbol('page-title');
  watchEffect(() => {
    const value = title();
    if (value) dynamicTitle.value = { owner, title: value };
    else if (dynamicTitle.value?.owner === owner) dynamicTitle.value = null;
  });
  onBeforeUnmount(() => {
    if (dynamicTitle.value?.owner === owner) dynamicTitle.value = null;
  });
}
