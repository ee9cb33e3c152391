import { useSubscription } from '@vue/apollo-composable';
import { computed } from 'vue';
import { GroupPresenceDocument } from '@/gql/graphql';

/** Who is online in the group and who is typing (the viewer counts as present while this runs). */
export function useGroupPresence(groupId: () => string | null) {
  const { result } = useSubscription(GroupPresenceDocument, () => ({ groupId: groupId() ?? '' }), () => ({ enabled: !!groupId() }));
  return {
    online: computed(() => result.value?.groupPresence.online ?? []),
    typing: computed(() => result.value?.groupPresence.typing ?? []),
  };
}
