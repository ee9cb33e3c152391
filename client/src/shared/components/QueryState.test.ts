import { ApolloError } from '@apollo/client/core';
import { mount } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { h } from 'vue';
import { i18n } from '@/app/i18n';
import { dynamicTitle } from '@/app/title';
import LoadState from './LoadState.vue';
import QueryState from './QueryState.vue';

interface Thing {
  id: string;
  name: string;
}

const failure = (code: string) => new ApolloError({ graphQLErrors: [new GraphQLError('x', { extensions: { code } })] });

function mountState(props: Record<string, unknown>, slots: Record<string, unknown> = {}, component: typeof QueryState | typeof LoadState = QueryState) {
  return mount(component, {
    props: {
      data: null,
      loading: false,
      error: null,
      refetch: vi.fn().mockResolvedValue(undefined),
      loadingLabel: 'Henter',
      // QueryState's own (LoadState has no title: the page brings its heading).
      ...(component === QueryState ? { title: null } : {}),
      errorHeading: 'Rediger ting',
      errorTitle: 'Kunne ikke hente tingen',
      ...props,
    },
    slots: { default: ({ data }: { data: object }) => h('form', `skjema for ${(data as Thing).name}`), ...slots },
    global: { plugins: [i18n] },
  });
}

describe('QueryState', () => {
  it('shows the spinner while loading', () => {
    const wrapper = mountState({ loading: true });
    expect(wrapper.get('[role="status"]').text()).toContain('Henter');
    expect(wrapper.find('h1').exists()).toBe(false);
  });

  it('shows a failure under the generic heading, with a retry that refetches', async () => {
    const refetch = vi.fn().mockResolvedValue(undefined);
    const wrapper = mountState({ error: failure('INTERNAL_SERVER_ERROR'), refetch });
    expect(wrapper.get('h1').text()).toBe('Rediger ting');
    expect(wrapper.get('[role="alert"] h2').text()).toBe('Kunne ikke hente tingen');
    await wrapper.get('[role="alert"] button').trigger('click');
    expect(refetch).toHaveBeenCalledOnce();
  });

  it('shows its not-found slot for NOT_FOUND, and the alert without one', () => {
    const notFound = () => h('h1', 'Fant ikke tingen');
    expect(mountState({ error: failure('NOT_FOUND') }, { 'not-found': notFound }).get('h1').text()).toBe('Fant ikke tingen');
    expect(mountState({ error: failure('NOT_FOUND') }).get('h1').text()).toBe('Rediger ting');
  });

  it('shows the heading, the intro and why the viewer may not use the page instead of the page', () => {
    const wrapper = mountState(
      { data: { id: '1', name: 'Sykkel' }, title: 'Rediger Sykkel', notAllowed: 'Du kan ikke redigere denne.', notAllowedColor: 'info' },
      { intro: ({ data }: { data: Thing }) => h('p', { class: 'intro' }, `Eies av ${data.name}`) },
    );
    expect(wrapper.get('h1').text()).toBe('Rediger Sykkel');
    expect(wrapper.get('.intro').text()).toBe('Eies av Sykkel');
    expect(wrapper.get('.ds-alert').attributes('data-color')).toBe('info');
    expect(wrapper.get('.ds-alert').text()).toBe('Du kan ikke redigere denne.');
    expect(wrapper.find('form').exists()).toBe(false);
  });

  it('shows the page with its data once loaded and allowed, and names the document after it', () => {
    const wrapper = mountState({ data: { id: '1', name: 'Sykkel' }, title: 'Rediger Sykkel', error: failure('INTERNAL_SERVER_ERROR') });
    expect(wrapper.get('form').text()).toBe('skjema for Sykkel');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(dynamicTitle.value?.title).toBe('Rediger Sykkel');
    wrapper.unmount();
    expect(dynamicTitle.value).toBeNull();
  });
});

// The states without the heading: the page brings its own.
describe('LoadState', () => {
  const mountLoad = (props: Record<string, unknown>, slots: Record<string, unknown> = {}) =>
    mountState(props, { default: ({ data }: { data: object }) => h('h1', (data as Thing).name), ...slots }, LoadState);

  it('shows NOT_FOUND under its own heading with the not-found slot, the slot alone, or the alert', () => {
    const back = () => h('p', { class: 'back' }, 'Tilbake');
    const titled = mountLoad({ error: failure('NOT_FOUND'), notFoundTitle: 'Fant ikke tingen' }, { 'not-found': back });
    expect(titled.get('.app-flow h1').text()).toBe('Fant ikke tingen');
    expect(titled.get('.app-flow .back').text()).toBe('Tilbake');
    expect(mountLoad({ error: failure('NOT_FOUND') }, { 'not-found': back }).find('h1').exists()).toBe(false);
    expect(mountLoad({ error: failure('NOT_FOUND') }).get('[role="alert"] h2').text()).toBe('Kunne ikke hente tingen');
  });

  it('counts the codes it is told mean "not found" (FORBIDDEN on pages only some may read)', () => {
    const forbidden = { error: failure('FORBIDDEN'), notFoundTitle: 'Fant ikke tingen' };
    expect(mountLoad({ ...forbidden, notFoundCodes: ['NOT_FOUND', 'FORBIDDEN'] }).get('h1').text()).toBe('Fant ikke tingen');
    expect(mountLoad(forbidden).get('h1').text()).toBe('Rediger ting');
  });

  it('shows the page, with the heading it brings, once loaded, also when a later refetch failed', () => {
    const wrapper = mountLoad({ data: { id: '1', name: 'Sykkel' }, error: failure('INTERNAL_SERVER_ERROR') });
    expect(wrapper.get('h1').text()).toBe('Sykkel');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });
});
