import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { computed, ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n } from '@/app/i18n';
import SearchBox from './SearchBox.vue';

const hits = ref<{ id: string; type: string; title: string; url: string }[]>([]);
const term = ref('');
const ready = ref(false);

// The box's data, without a server: what matters here is the ARIA wiring and where Enter goes.
vi.mock('../composables/useSearchSuggestions', () => ({
  useSearchSuggestions: () => ({
    term,
    hits,
    totalCount: computed(() => hits.value.length),
    ready,
    loading: ref(false),
    error: ref(null),
  }),
}));

async function setup() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { template: '<p />' } },
      { path: '/sok', name: 'search', component: { template: '<p />' } },
      { path: '/:rest(.*)', component: { template: '<p />' } },
    ],
  });
  await router.push('/');
  const wrapper = mount(SearchBox, { global: { plugins: [i18n, router] }, attachTo: document.body });
  const input = wrapper.get('input[role="combobox"]');
  await input.trigger('focus');
  return { wrapper, router, input };
}

async function answer(query: string) {
  term.value = query;
  hits.value = [
    { id: '1', type: 'RESOURCE', title: 'Veileder', url: '/ressurser/1' },
    { id: '2', type: 'EVENT', title: 'Møte', url: '/arrangementer/2' },
  ];
  ready.value = true;
  await flushPromises();
}

describe('SearchBox', () => {
  it('is a labelled combobox that controls a listbox, with the hits and "show all" as options', async () => {
    const { wrapper, input } = await setup();
    expect(input.attributes('aria-expanded')).toBe('false');
    const list = wrapper.get(`#${input.attributes('aria-controls')}`);
    expect(list.attributes('role')).toBe('listbox');
    expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toBe('Søk i Samhandling');
    expect(wrapper.get('button[type="submit"]').text()).toBe('Vis søkeresultater');

    await input.setValue('flyktningene');
    await answer('flyktningene');
    expect(input.attributes('aria-expanded')).toBe('true');
    expect(list.findAll('[role="option"]').map((o) => o.text())).toEqual(['Ressurs Veileder', 'Arrangement Møte', 'Vis alle treff for «flyktningene»']);
    expect(wrapper.get('[role="status"]').text()).toBe('2 treff for «flyktningene»');
    wrapper.unmount();
  });

  it('points at the active option and opens it on Enter', async () => {
    const { wrapper, router, input } = await setup();
    await input.setValue('flyktningene');
    await answer('flyktningene');
    await input.trigger('keydown', { key: 'ArrowDown' });
    const first = wrapper.findAll('[role="option"]')[0]!;
    expect(input.attributes('aria-activedescendant')).toBe(first.attributes('id'));
    expect(first.attributes('aria-selected')).toBe('true');
    await input.trigger('keydown', { key: 'Enter' });
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/ressurser/1');
    expect((input.element as HTMLInputElement).value).toBe('');
    wrapper.unmount();
  });

  it('Enter with no active option goes to the results page; Escape closes, then clears', async () => {
    const { wrapper, router, input } = await setup();
    await input.setValue('flyktningene');
    await answer('flyktningene');
    await input.trigger('keydown', { key: 'Escape' });
    expect(input.attributes('aria-expanded')).toBe('false');
    expect((input.element as HTMLInputElement).value).toBe('flyktningene');
    await input.trigger('keydown', { key: 'Enter' });
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/sok?q=flyktningene');

    await input.setValue('ord');
    await input.trigger('keydown', { key: 'Escape' });
    expect((input.element as HTMLInputElement).value).toBe('');
    wrapper.unmount();
  });
});
