import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { i18n } from '@/app/i18n';
import type { ScheduleDraft } from '../composables/schedule';
import ScheduleEditor, { type ScheduleField } from './ScheduleEditor.vue';

const base: ScheduleDraft = { frequency: 'WEEKLY', interval: 1, weekdays: [], setPos: null, startDate: '2026-11-23', until: null, startTime: '17:00', endTime: '19:00' };

function mountEditor(errors: Partial<Record<ScheduleField, string>> = {}) {
  const model = ref<ScheduleDraft>({ ...base });
  const Host = defineComponent(() => () =>
    h(ScheduleEditor, {
      modelValue: model.value,
      'onUpdate:modelValue': (v: ScheduleDraft) => (model.value = v),
      errors,
      fieldId: (f: ScheduleField) => `s-${f}`,
      now: new Date('2026-11-23T08:00:00Z'),
    }),
  );
  const wrapper = mount(Host, { global: { plugins: [i18n] }, attachTo: document.body });
  return { wrapper, model };
}

describe('ScheduleEditor', () => {
  it('previews the next dates as the days are chosen, and announces the first politely', async () => {
    const { wrapper, model } = mountEditor();
    const live = () => wrapper.get('[aria-live="polite"]').text();
    expect(live()).toBe('Velg dag, første dato og tider for å se datoene.');
    await wrapper.get('input[type="checkbox"][value="WE"]').setValue(true);
    expect(model.value.weekdays).toEqual(['WE']);
    expect(wrapper.findAll('ol li')).toHaveLength(5);
    expect(wrapper.findAll('ol li')[0]!.text()).toBe('onsdag 25. november 2026, 17:00–19:00');
    expect(live()).toContain('Første kommende dato: onsdag 25. november 2026');
    wrapper.unmount();
  });

  it('switches to monthly with one weekday, and shows the server errors on the fields', async () => {
    const { wrapper, model } = mountEditor({ until: 'Det blir ingen datoer.' });
    await wrapper.get('input[type="checkbox"][value="FR"]').setValue(true);
    await wrapper.get('input[type="radio"][value="MONTHLY"]').setValue(true);
    expect(model.value).toMatchObject({ frequency: 'MONTHLY', weekdays: ['FR'], setPos: 1 });
    await wrapper.get('select#s-setPos').setValue('-1');
    expect(wrapper.findAll('ol li').map((li) => li.text().slice(0, 20))).toEqual([
      'fredag 27. november ',
      'fredag 25. desember ',
      'fredag 29. januar 20',
      'fredag 26. februar 2',
      'fredag 26. mars 2027',
    ]);
    const until = wrapper.get('#s-until');
    expect(until.attributes('aria-invalid')).toBe('true');
    expect(until.attributes('aria-describedby')).toContain('s-until-error');
    expect(wrapper.get('#s-until-error').text()).toBe('Det blir ingen datoer.');
    wrapper.unmount();
  });
});
