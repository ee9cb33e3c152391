import { computed } from 'vue';
import { useRoute, useRouter, type RouteLocationRaw } from 'vue-router';
import { flash } from '@/app/flash';

/**
 * What an edit page does around its form, for a thing whose own page is the route `showRoute` (taking
 * `id`): the id from the route, the link back to the thing (cancel), and after a save a flash message on
 * the thing's page.
 */
export function useEditPage(showRoute: string) {
  const route = useRoute();
  const router = useRouter();
  const id = computed(() => String(route.params.id));
  const pageOf = (thingId: string): RouteLocationRaw => ({ name: showRoute, params: { id: thingId } });

  async function showSaved(savedId: string, message: string) {
    flash(message);
    await router.push(pageOf(savedId));
  }

  return { id, pageOf, showSaved };
}
