import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { i18n } from '@/app/i18n';
import type { ScheduleDraft } from './schedule';
import { useSchedulePreview, type SchedulePreviewState } from './useSchedulePreview';

const empty: ScheduleDraft = { frequency: 'WEEKLY', interval: 1, weekdays: [], setPos: null, startDate: '2026-11-23', until: null, startTime: '', endTime: '' };

/** A client whose "server" answers schedulePreview from `answer` and records what it was asked. */
function fakeServer(answer: (schedule: Record<string, unknown>) => unknown) {
  const asked: Record<string, unknown>[] = [];
  const link = new ApolloLink((operation) => {
    asked.push(operation.variables);
    return Observable.of({ data: { schedulePreview: { __typename: 'SchedulePreview', ...(answer(operation.variables.schedule) as object) } } });
  });
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), asked };
}

function mountPreview(client: ApolloClient<unknown>) {
  const schedule = ref<ScheduleDraft>({ ...empty });
  let state!: { value: SchedulePreviewState };
  const Host = defineComponent(() => {
    state = useSchedulePreview(schedule, 0);
    return () => h('div');
  });
  const wrapper = mount(Host, { global: { plugins: [i18n], provide: { [DefaultApolloClient]: client } } });
  return { schedule, state: () => state.value, wrapper };
}

describe('useSchedulePreview', () => {
  it('asks the server only once day, first date and times are given, and passes its dates and problem on', async () => {
    const { client, asked } = fakeServer((s) =>
      s.endTime === '16:00'
        ? { problem: { __typename: 'ScheduleProblem', field: 'endTime', message: 'activity/ends_before_start' }, occurrences: [], text: null }
        : { problem: null, occurrences: [{ __typename: 'Occurrence', startsAt: '2026-11-25T16:00:00.000Z', endsAt: '2026-11-25T18:00:00.000Z' }], text: 'Hver onsdag 17:00–19:00' },
    );
    const { schedule, state, wrapper } = mountPreview(client);
    await flushPromises();
    expect(asked).toEqual([]);
    expect(state()).toMatchObject({ filledIn: false, problem: null, occurrences: [] });

    schedule.value = { ...schedule.value, weekdays: ['WE'], startTime: '17:00', endTime: '19:00' };
    await nextTick();
    await new Promise((r) => setTimeout(r, 10));
    await flushPromises();
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ count: 5, language: 'nb', schedule: { weekdays: ['WE'], startTime: '17:00', endTime: '19:00', until: null } });
    expect(state()).toMatchObject({ filledIn: true, ready: true, problem: null });
    expect(state().occurrences[0]!.startsAt.toISOString()).toBe('2026-11-25T16:00:00.000Z');

    schedule.value = { ...schedule.value, endTime: '16:00' };
    await nextTick();
    await new Promise((r) => setTimeout(r, 10));
    await flushPromises();
    expect(state().problem).toEqual({ __typename: 'ScheduleProblem', field: 'endTime', message: 'activity/ends_before_start' });

    // Emptied again: nothing shows at once, and nothing is asked.
    schedule.value = { ...schedule.value, weekdays: [] };
    await nextTick();
    expect(state()).toMatchObject({ filledIn: false, occurrences: [], problem: null });
    expect(asked).toHaveLength(2);
    wrapper.unmount();
  });
});
