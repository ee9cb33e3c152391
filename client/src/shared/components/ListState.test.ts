import { ApolloError } from '@apollo/client/core';
import { mount } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { h } from 'vue';
import { i18n } from '@/app/i18n';
import ListState from './ListState.vue';

const failure = new ApolloError({ graphQLErrors: [new GraphQLError('x', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] });

function mountState(props: Record<string, unknown>) {
  return mount(ListState, {
    props: { loading: false, error: null, refetch: vi.fn().mockResolvedValue(undefined), loadingLabel: 'Henter', errorTitle: 'Kunne ikke hente listen', ...props },
    slots: { default: () => h('ul', 'listen'), empty: () => h('p', { class: 'ds-paragraph' }, 'Ingen ennå') },
    global: { plugins: [i18n] },
  });
}

describe('ListState', () => {
  it('shows the spinner while loading', () => {
    const wrapper = mountState({ loading: true, empty: true });
    expect(wrapper.get('[role="status"]').text()).toContain('Henter');
    expect(wrapper.find('ul').exists()).toBe(false);
    expect(wrapper.find('.ds-alert').exists()).toBe(false);
  });

  it('shows a failure with a retry that refetches', async () => {
    const refetch = vi.fn().mockResolvedValue(undefined);
    const wrapper = mountState({ error: failure, refetch });
    expect(wrapper.get('[role="alert"] h2').text()).toBe('Kunne ikke hente listen');
    expect(wrapper.find('ul').exists()).toBe(false);
    await wrapper.get('[role="alert"] button').trigger('click');
    expect(refetch).toHaveBeenCalledOnce();
  });

  it('shows the empty slot in an info alert (or the colour asked for), else the list', () => {
    const empty = mountState({ empty: true });
    expect(empty.get('.ds-alert').attributes('data-color')).toBe('info');
    expect(empty.get('.ds-alert p').text()).toBe('Ingen ennå');
    expect(empty.find('ul').exists()).toBe(false);
    expect(mountState({ empty: true, emptyColor: 'success' }).get('.ds-alert').attributes('data-color')).toBe('success');
    const list = mountState({ empty: false, error: false });
    expect(list.get('ul').text()).toBe('listen');
    expect(list.find('.ds-alert').exists()).toBe(false);
  });
});
