import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import RadioGroup from './RadioGroup.vue';

const options = [
  { value: 'PUBLIC', label: 'Alle', description: 'Alle kan se den.' },
  { value: 'MEMBERS', label: 'Medlemmer' },
];

function mountGroup(props: Record<string, unknown> = {}) {
  return mount(RadioGroup, { props: { id: 'access', legend: 'Hvem ser den', options, modelValue: 'PUBLIC', ...props } });
}

describe('RadioGroup', () => {
  it('names the radios by their labels, ties help texts to them, and gives the first the group id', () => {
    const wrapper = mountGroup();
    const radios = wrapper.findAll('input[type="radio"]');
    expect(radios.map((r) => r.attributes('id'))).toEqual(['access', 'access-MEMBERS']);
    expect(radios.map((r) => r.attributes('name'))).toEqual(['access', 'access']);
    expect(wrapper.findAll('label').map((l) => [l.attributes('for'), l.text()])).toEqual([
      ['access', 'Alle'],
      ['access-MEMBERS', 'Medlemmer'],
    ]);
    expect(wrapper.get(`[id="${radios[0]!.attributes('aria-describedby')}"]`).text()).toBe('Alle kan se den.');
    expect(radios[1]!.attributes('aria-describedby')).toBeUndefined();
    expect((radios[0]!.element as HTMLInputElement).checked).toBe(true);
    expect(wrapper.find('[aria-invalid]').exists()).toBe(false);
  });

  it('reports the chosen value', async () => {
    const wrapper = mountGroup();
    await wrapper.findAll('input[type="radio"]')[1]!.setValue(true);
    expect(wrapper.emitted('update:modelValue')).toEqual([['MEMBERS']]);
  });

  it('shows an error tied to the fieldset and marks the radios invalid', () => {
    const wrapper = mountGroup({ error: 'Velg hvem som ser den.' });
    expect(wrapper.get(`[id="${wrapper.get('fieldset').attributes('aria-describedby')}"]`).text()).toBe('Velg hvem som ser den.');
    expect(wrapper.findAll('input[aria-invalid="true"]')).toHaveLength(2);
  });
});
