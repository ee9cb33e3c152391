import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { i18n } from '@/app/i18n';
import type { ScheduleDraft } from '../composables/schedule';
import type { SchedulePreviewState } from '../composables/useSchedulePreview';
import ScheduleEditor, { type ScheduleField } from './ScheduleEditor.vue';

const base: ScheduleDraft = { frequency: 'WEEKLY', interval: 1, weekdays: [], setPos: null, startDate: '2026-11-23', until: null, startTime: '17:00', endTime: '19:00' };
const incomplete: SchedulePreviewState = { filledIn: false, ready: false, problem: null, occurrences: [] };
/** Wednesdays 17:00–19:00 Oslo time from 25 November 2026, as the server answers them. */
const wednesdays = [25, 2, 9, 16, 23].map((day, i) => {
  const startsAt = new Date(Date.UTC(2026, i === 0 ? 10 : 11, day, 16));
  return { startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3_600_000) };
});

function mountEditor(errors: Partial<Record<ScheduleField, string>> = {}) {
  const model = ref<ScheduleDraft>({ ...base });
  const preview = ref<SchedulePreviewState>(incomplete);
  const Host = defineComponent(() => () =>
    h(ScheduleEditor, {
      modelValue: model.value,
      'onUpdate:modelValue': (v: ScheduleDraft) => (model.value = v),
      errors,
      fieldId: (f: ScheduleField) => `s-${f}`,
      preview: preview.value,
    }),
  );
  const wrapper = mount(Host, { global: { plugins: [i18n] }, attachTo: document.body });
  return { wrapper, model, preview };
}

describe('ScheduleEditor', () => {
  it('shows the dates the server previews, and announces the first politely', async () => {
    const { wrapper, model, preview } = mountEditor();
    const live = () => wrapper.get('[aria-live="polite"]').text();
    expect(live()).toBe('Velg dag, første dato og tider for å se datoene.');
    await wrapper.get('input[type="checkbox"][value="WE"]').setValue(true);
    expect(model.value.weekdays).toEqual(['WE']);
    preview.value = { filledIn: true, ready: false, problem: null, occurrences: [] };
    await wrapper.vm.$nextTick();
    expect(live()).toBe('Henter datoene …');
    preview.value = { filledIn: true, ready: true, problem: null, occurrences: wednesdays };
    await wrapper.vm.$nextTick();
    expect(wrapper.findAll('ol li')).toHaveLength(5);
    expect(wrapper.findAll('ol li')[0]!.text()).toBe('onsdag 25. november 2026, 17:00–19:00');
    expect(live()).toContain('Første kommende dato: onsdag 25. november 2026');
    preview.value = { filledIn: true, ready: true, problem: null, occurrences: [] };
    await wrapper.vm.$nextTick();
    expect(live()).toBe('Alle datoene er passert.');
    wrapper.unmount();
  });

  it('says the problem the server would refuse the schedule for, without dates', async () => {
    const { wrapper, preview } = mountEditor();
    preview.value = { filledIn: true, ready: true, problem: { field: 'endTime', message: 'activity/ends_before_start' }, occurrences: [] };
    await wrapper.vm.$nextTick();
    expect(wrapper.get('[aria-live="polite"]').text()).toBe('Sluttiden må være etter starttiden.');
    expect(wrapper.find('ol').exists()).toBe(false);
    wrapper.unmount();
  });

  it('switches to monthly with one weekday, and shows the server errors on the fields', async () => {
    const { wrapper, model } = mountEditor({ until: 'Det blir ingen datoer.' });
    await wrapper.get('input[type="checkbox"][value="FR"]').setValue(true);
    await wrapper.get('input[type="radio"][value="MONTHLY"]').setValue(true);
    expect(model.value).toMatchObject({ frequency: 'MONTHLY', weekdays: ['FR'], setPos: 1 });
    await wrapper.get('select#s-setPos').setValue('-1');
    expect(model.value.setPos).toBe(-1);
    const until = wrapper.get('#s-until');
    expect(until.attributes('aria-invalid')).toBe('true');
    expect(until.attributes('aria-describedby')).toContain('s-until-error');
    expect(wrapper.get('#s-until-error').text()).toBe('Det blir ingen datoer.');
    wrapper.unmount();
  });
});
