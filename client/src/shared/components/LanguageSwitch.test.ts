import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n, setLocale } from '@/app/i18n';
import LanguageSwitch from './LanguageSwitch.vue';

describe('LanguageSwitch', () => {
  afterEach(async () => {
    await setLocale('nb');
    localStorage.clear();
  });

  it('is a labelled select with the three languages named in themselves', () => {
    const wrapper = mount(LanguageSwitch, { global: { plugins: [i18n] } });
    const select = wrapper.get('select');
    expect(wrapper.get(`label[for="${select.attributes('id')}"]`).text()).toBe('Språk');
    expect(wrapper.findAll('option').map((o) => [o.attributes('value'), o.attributes('lang'), o.text()])).toEqual([
      ['nb', 'nb', 'Norsk bokmål'],
      ['nn', 'nn', 'Norsk nynorsk'],
      ['en', 'en', 'English'],
    ]);
    expect((select.element as HTMLSelectElement).value).toBe('nb');
  });

  it('switches the language, remembers it and sets <html lang>', async () => {
    const wrapper = mount(LanguageSwitch, { global: { plugins: [i18n] } });
    await wrapper.get('select').setValue('nn');
    await vi.waitFor(() => expect(i18n.global.locale.value).toBe('nn')); // nynorsk is fetched first
    expect(document.documentElement.lang).toBe('nn');
    expect(localStorage.getItem('samhandling.locale')).toBe('nn');
    expect(wrapper.get('label').text()).toBe('Språk');

    await wrapper.get('select').setValue('en');
    await vi.waitFor(() => expect(wrapper.get('label').text()).toBe('Language'));
    expect(document.documentElement.lang).toBe('en');
  });
});
