import { useMutation } from '@vue/apollo-composable';
import { MembershipRemoveDocument } from '@/gql/graphql';

/** Removes a member; the membership is evicted, which drops it from the organisation's member list. */
export function useMembershipRemove() {
  const { mutate, loading } = useMutation(MembershipRemoveDocument);
  async function remove(membershipId: string) {
    await mutate(
      { membershipId },
      {
        update: (cache, { data }) => {
          if (!data?.membershipRemove) return;
          cache.evict({ id: cache.identify({ __typename: 'Membership', id: membershipId }) });
          cache.gc();
        },
      },
    );
  }
  return { remove, loading };
}
