import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { GrantReviewAuditLogDocument, type GrantReviewAuditLogQuery } from '@/gql/graphql';

export type AuditItem = GrantReviewAuditLogQuery['auditLog'][number];

export function useAuditLog(entityId: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GrantReviewAuditLogDocument, () => ({ entityId: entityId.value }), { fetchPolicy: 'cache-and-network' });
  return { entries: computed(() => result.value?.auditLog ?? []), loading: computed(() => loading.value && !result.value), error, refetch };
}
