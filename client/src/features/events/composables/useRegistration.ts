import { useMutation } from '@vue/apollo-composable';
import { useI18n } from 'vue-i18n';
import { EventRegisterDocument, EventRegisterGuestDocument, RegistrationCancelDocument, type AttendanceMode, type Language } from '@/gql/graphql';

/** The viewer's own place; the answer carries the event's new counts, which update the cache. */
export function useEventRegister() {
  const { mutate } = useMutation(EventRegisterDocument);
  return { register: async (eventId: string, attendance?: AttendanceMode | null) => (await mutate({ eventId, attendance: attendance ?? null }))?.data?.eventRegister };
}

/** A guest's registration: PENDING until the e-mailed link (in the page's language) confirms it. */
export function useEventRegisterGuest() {
  const { locale } = useI18n();
  const { mutate } = useMutation(EventRegisterGuestDocument);
  return {
    registerGuest: async (eventId: string, name: string, email: string, attendance?: AttendanceMode | null) =>
      (await mutate({ eventId, name: name.trim(), email: email.trim(), language: locale.value as Language, attendance: attendance ?? null }))?.data?.eventRegisterGuest,
  };
}

export function useRegistrationCancel() {
  const { mutate } = useMutation(RegistrationCancelDocument);
  return { cancelRegistration: async (id: string) => (await mutate({ id }))?.data?.registrationCancel };
}
