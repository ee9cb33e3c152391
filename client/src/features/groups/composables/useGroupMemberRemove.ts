import { useMutation } from '@vue/apollo-composable';
import { GroupMemberRemoveDocument } from '@/gql/graphql';

/** Removes a member (or declines a request); the membership is evicted from the cache. */
export function useGroupMemberRemove() {
  const { mutate, loading } = useMutation(GroupMemberRemoveDocument);
  async function remove(memberId: string) {
    await mutate(
      { memberId },
      {
        update: (cache, { data }) => {
          if (!data?.groupMemberRemove) return;
          cache.evict({ id: cache.identify({ __typename: 'GroupMember', id: memberId }) });
          cache.gc();
        },
      },
    );
  }
  return { remove, loading };
}
