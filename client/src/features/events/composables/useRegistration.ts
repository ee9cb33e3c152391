import { useMutation } from '@vue/apollo-composable';
import { useI18n } from 'vue-i18n';
import { EventRegisterDocument, EventRegisterGuestDocument, RegistrationCancelDocument, type AttendanceMode, type Language, type RegistrationAnswerInput } from '@/gql/graphql';

/** What a registrant gives besides name and address: how they take part, their answers, where they come from. */
export interface RegistrationDetails {
  attendance?: AttendanceMode | null;
  answers?: RegistrationAnswerInput[];
  organisationId?: string | null;
  municipalityNumber?: string | null;
}

/** The viewer's own place; the answer carries the event's new counts, which update the cache. */
export function useEventRegister() {
  const { mutate } = useMutation(EventRegisterDocument);
  return {
    register: async (eventId: string, details: RegistrationDetails = {}) =>
      (
        await mutate({
          eventId,
          attendance: details.attendance ?? null,
          answers: details.answers ?? null,
          organisationId: details.organisationId || null,
          municipalityNumber: details.municipalityNumber || null,
        })
      )?.data?.eventRegister,
  };
}

/** A guest's registration: PENDING until the e-mailed link (in the page's language) confirms it. */
export function useEventRegisterGuest() {
  const { locale } = useI18n();
  const { mutate } = useMutation(EventRegisterGuestDocument);
  return {
    registerGuest: async (eventId: string, name: string, email: string, details: RegistrationDetails = {}) =>
      (
        await mutate({
          eventId,
          name: name.trim(),
          email: email.trim(),
          language: locale.value as Language,
          attendance: details.attendance ?? null,
          answers: details.answers ?? null,
          municipalityNumber: details.municipalityNumber || null,
        })
      )?.data?.eventRegisterGuest,
  };
}

export function useRegistrationCancel() {
  const { mutate } = useMutation(RegistrationCancelDocument);
  return { cancelRegistration: async (id: string) => (await mutate({ id }))?.data?.registrationCancel };
}
