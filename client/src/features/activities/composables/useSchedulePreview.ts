import { useQuery } from '@vue/apollo-composable';
import { computed, onBeforeUnmount, ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { SchedulePreviewDocument, type Language } from '@/gql/graphql';
import type { ScheduleDraft } from './schedule';

export const PREVIEW_COUNT = 5;
export const DEBOUNCE_MS = 300;

/** What the schedule editor shows under the fields. */
export interface SchedulePreviewState {
  /** Day, first date and both times are given: only then is the server asked. */
  filledIn: boolean;
  /** An answer for what is filled in has come (the previous one shows while the next loads). */
  ready: boolean;
  /** Why saving would be refused: a field of the schedule and a message key. */
  problem: { field: string; message: string } | null;
  occurrences: { startsAt: Date; endsAt: Date }[];
}

/** Whether there is anything to ask about yet (an empty field is no rule; the server decides everything else). */
function filledIn(s: ScheduleDraft): boolean {
  return s.weekdays.length > 0 && !!s.startDate && !!s.startTime && !!s.endTime;
}

/**
 * The next dates of the schedule being edited, from the server (`schedulePreview`, the one schedule engine), asked
 * once typing pauses.
 */
export function useSchedulePreview(schedule: Ref<ScheduleDraft>, delay = DEBOUNCE_MS) {
  const { locale } = useI18n();
  const asked = ref<ScheduleDraft | null>(filledIn(schedule.value) ? { ...schedule.value } : null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(
    schedule,
    (value) => {
      clearTimeout(timer);
      // Not filled in: say so at once, so no stale dates show.
      if (!filledIn(value)) asked.value = null;
      else timer = setTimeout(() => (asked.value = { ...value }), delay);
    },
    { deep: true },
  );
  onBeforeUnmount(() => clearTimeout(timer));

  const { result, loading } = useQuery(
    SchedulePreviewDocument,
    () => {
      // Not asked while nothing is filled in (enabled below); the variables are still read then.
      const s = asked.value ?? schedule.value;
      return {
        schedule: { frequency: s.frequency, interval: s.interval, weekdays: s.weekdays, setPos: s.setPos, startDate: s.startDate, until: s.until || null, startTime: s.startTime, endTime: s.endTime },
        count: PREVIEW_COUNT,
        language: locale.value as Language,
      };
    },
    () => ({ enabled: asked.value !== null, fetchPolicy: 'cache-first' }),
  );

  return computed<SchedulePreviewState>(() => {
    const answer = asked.value ? result.value?.schedulePreview : undefined;
    return {
      filledIn: filledIn(schedule.value),
      ready: !!answer && !loading.value,
      problem: answer?.problem ?? null,
      occurrences: (answer?.occurrences ?? []).map((o) => ({ startsAt: new Date(o.startsAt as string), endsAt: new Date(o.endsAt as string) })),
    };
  });
}
