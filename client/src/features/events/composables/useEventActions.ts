import { useMutation } from '@vue/apollo-composable';
import {
  EventAnswersDeleteDocument,
  EventAttachMaterialsDocument,
  EventCancelDocument,
  EventCreateSeriesDocument,
  EventDuplicateDocument,
  EventMessageRegistrantsDocument,
  EventPublishDocument,
  type SeriesFrequency,
} from '@/gql/graphql';
import { evictEventLists } from './useEventSave';

// One small composable per organiser operation; each returns the server's answer or throws.

export function useEventPublish() {
  const { mutate } = useMutation(EventPublishDocument, { update: (cache) => evictEventLists(cache) });
  return { publish: async (id: string) => (await mutate({ id }))?.data?.eventPublish };
}

export function useEventCancel() {
  const { mutate } = useMutation(EventCancelDocument, { update: (cache) => evictEventLists(cache) });
  return { cancel: async (id: string, reason: string) => (await mutate({ id, reason: reason.trim() || null }))?.data?.eventCancel };
}

export function useEventDuplicate() {
  const { mutate } = useMutation(EventDuplicateDocument, { update: (cache) => evictEventLists(cache) });
  return { duplicate: async (id: string) => (await mutate({ id }))?.data?.eventDuplicate };
}

export function useEventCreateSeries() {
  const { mutate } = useMutation(EventCreateSeriesDocument, { update: (cache) => evictEventLists(cache) });
  return { createSeries: async (id: string, frequency: SeriesFrequency, count: number) => (await mutate({ id, frequency, count }))?.data?.eventCreateSeries ?? [] };
}

export function useEventMessageRegistrants() {
  const { mutate } = useMutation(EventMessageRegistrantsDocument);
  return { send: async (eventId: string, subject: string, body: string) => (await mutate({ eventId, subject, body }))?.data?.eventMessageRegistrants ?? 0 };
}

export function useEventAttachMaterials() {
  const { mutate } = useMutation(EventAttachMaterialsDocument);
  return {
    attach: async (eventId: string, recordingUrl: string, materials: string) =>
      (await mutate({ eventId, recordingUrl: recordingUrl.trim(), materials }))?.data?.eventAttachMaterials,
  };
}

export function useAnswersDelete() {
  const { mutate } = useMutation(EventAnswersDeleteDocument);
  return { deleteAnswers: async (eventId: string) => (await mutate({ eventId }))?.data?.eventAnswersDelete };
}
