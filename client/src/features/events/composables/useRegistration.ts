import { useMutation } from '@vue/apollo-composable';
import { EventRegisterDocument, EventRegisterGuestDocument, RegistrationCancelDocument } from '@/gql/graphql';

/** The viewer's own place; the answer carries the event's new counts, which update the cache. */
export function useEventRegister() {
  const { mutate } = useMutation(EventRegisterDocument);
  return { register: async (eventId: string) => (await mutate({ eventId }))?.data?.eventRegister };
}

export function useEventRegisterGuest() {
  const { mutate } = useMutation(EventRegisterGuestDocument);
  return { registerGuest: async (eventId: string, name: string, email: string) => (await mutate({ eventId, name: name.trim(), email: email.trim() }))?.data?.eventRegisterGuest };
}

export function useRegistrationCancel() {
  const { mutate } = useMutation(RegistrationCancelDocument);
  return { cancelRegistration: async (id: string) => (await mutate({ id }))?.data?.registrationCancel };
}
