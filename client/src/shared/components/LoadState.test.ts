import { ApolloError } from '@apollo/client/core';
import { mount } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { h } from 'vue';
import { i18n } from '@/app/i18n';
import LoadState from './LoadState.vue';

const failure = (code: string) => new ApolloError({ graphQLErrors: [new GraphQLError('x', { extensions: { code } })] });

function mountState(props: Record<string, unknown>, slots: Record<string, unknown> = {}) {
  return mount(LoadState, {
    props: {
      data: null,
      loading: false,
      error: null,
      refetch: vi.fn().mockResolvedValue(undefined),
      loadingLabel: 'Henter',
      errorHeading: 'Tingen',
      errorTitle: 'Kunne ikke hente tingen',
      ...props,
    },
    slots: { default: ({ data }: { data: object }) => h('h1', (data as { name: string }).name), ...slots },
    global: { plugins: [i18n] },
  });
}

describe('LoadState', () => {
  it('shows the spinner while loading', () => {
    const wrapper = mountState({ loading: true });
    expect(wrapper.get('[role="status"]').text()).toContain('Henter');
    expect(wrapper.find('h1').exists()).toBe(false);
  });

  it('shows a failure under the heading, with a retry that refetches', async () => {
    const refetch = vi.fn().mockResolvedValue(undefined);
    const wrapper = mountState({ error: failure('INTERNAL_SERVER_ERROR'), refetch });
    expect(wrapper.get('h1').text()).toBe('Tingen');
    expect(wrapper.get('[role="alert"] h2').text()).toBe('Kunne ikke hente tingen');
    await wrapper.get('[role="alert"] button').trigger('click');
    expect(refetch).toHaveBeenCalledOnce();
  });

  it('shows NOT_FOUND under its own heading with the not-found slot, the slot alone, or the alert', () => {
    const back = () => h('p', { class: 'back' }, 'Tilbake');
    const titled = mountState({ error: failure('NOT_FOUND'), notFoundTitle: 'Fant ikke tingen' }, { 'not-found': back });
    expect(titled.get('.app-flow h1').text()).toBe('Fant ikke tingen');
    expect(titled.get('.app-flow .back').text()).toBe('Tilbake');
    expect(mountState({ error: failure('NOT_FOUND') }, { 'not-found': back }).find('h1').exists()).toBe(false);
    expect(mountState({ error: failure('NOT_FOUND') }).get('[role="alert"] h2').text()).toBe('Kunne ikke hente tingen');
  });

  it('shows the page once loaded, also when a later refetch failed', () => {
    const wrapper = mountState({ data: { name: 'Sykkel' }, error: failure('INTERNAL_SERVER_ERROR') });
    expect(wrapper.get('h1').text()).toBe('Sykkel');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });
});
