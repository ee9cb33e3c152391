import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { GuestRegistrationCancelDocument, GuestRegistrationConfirmDocument, GuestRegistrationDocument } from '@/gql/graphql';

export function useGuestRegistration(token: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GuestRegistrationDocument, () => ({ token: token.value }), () => ({ enabled: !!token.value, fetchPolicy: 'network-only' }));
  return { view: computed(() => result.value?.guestRegistration ?? null), loading: computed(() => loading.value && !result.value), error, refetch };
}

export function useGuestRegistrationConfirm() {
  const { mutate } = useMutation(GuestRegistrationConfirmDocument);
  return { confirm: async (token: string) => (await mutate({ token }))?.data?.guestRegistrationConfirm };
}

export function useGuestRegistrationCancel() {
  const { mutate } = useMutation(GuestRegistrationCancelDocument);
  return { cancel: async (token: string) => (await mutate({ token }))?.data?.guestRegistrationCancel };
}
