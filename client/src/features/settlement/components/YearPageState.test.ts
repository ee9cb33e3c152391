import { ApolloError } from '@apollo/client/core';
import { mount, RouterLinkStub } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { h } from 'vue';
import { i18n } from '@/app/i18n';
import YearPageState from './YearPageState.vue';

const forbidden = new ApolloError({ graphQLErrors: [new GraphQLError('x', { extensions: { code: 'FORBIDDEN' } })] });

function mountPage(props: Record<string, unknown>) {
  return mount(YearPageState, {
    props: { year: null, loading: false, error: null, refetch: vi.fn(), loadingLabel: 'Henter', heading: 'Tavla', errorTitle: 'Kunne ikke hente tavla', ...props },
    slots: {
      intro: ({ year }: { year: { title: string } }) => h('p', { class: 'intro' }, `Ingress ${year.title}`),
      default: ({ year }: { year: { title: string } }) => h('p', { class: 'page' }, `Tavla for ${year.title}`),
    },
    global: { plugins: [i18n], stubs: { RouterLink: RouterLinkStub } },
  });
}

describe('YearPageState', () => {
  it('says the year is not there, with a way back to the years, when FORBIDDEN counts as not found', () => {
    const wrapper = mountPage({ error: forbidden, forbiddenIsNotFound: true });
    expect(wrapper.get('h1').text()).toBe(i18n.global.t('settlement.year.notFound'));
    expect(wrapper.getComponent(RouterLinkStub).props('to')).toEqual({ name: 'settlement' });
    expect(mountPage({ error: forbidden }).get('[role="alert"] h2').text()).toBe('Kunne ikke hente tavla');
  });

  it('puts the link back to the year above the heading, then the intro and the page', () => {
    const wrapper = mountPage({ year: { id: 'y1', title: '2027' } });
    expect(wrapper.getComponent(RouterLinkStub).props('to')).toEqual({ name: 'settlement-year', params: { id: 'y1' } });
    expect(wrapper.get('h1').text()).toBe('Tavla');
    expect(wrapper.get('.app-flow .intro').text()).toBe('Ingress 2027');
    expect(wrapper.get('.page').text()).toBe('Tavla for 2027');
  });
});
