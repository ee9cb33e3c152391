import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h, ref } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { i18n } from '@/app/i18n';
import type { GrantApplicationDetails } from '../composables/useGrantApplication';
import GrantApplicationView from './GrantApplicationView.vue';

const loaded = ref<GrantApplicationDetails | null>(null);
vi.mock('../composables/useGrantApplication', () => ({
  useGrantApplication: () => ({ application: loaded, loading: ref(false), error: ref(null), refetch: vi.fn(async () => ({ data: { grantApplication: loaded.value } })) }),
}));
vi.mock('../composables/useGrantApplicationSave', () => ({ useGrantApplicationSave: () => ({ save: vi.fn(), loading: ref(false) }), versionConflict: () => null }));
vi.mock('../composables/useGrantApplicationSubmit', () => ({ useGrantApplicationSubmit: () => ({ submit: vi.fn(), loading: ref(false) }) }));
const withdraw = vi.fn(async () => {
  // The mutation's answer lands in the cache: withdrawn, nothing more on offer.
  loaded.value = { ...loaded.value!, state: 'WITHDRAWN', viewerCan: { ...loaded.value!.viewerCan, edit: false, submit: false, withdraw: false } };
  return null;
});
vi.mock('../composables/useGrantApplicationWithdraw', () => ({ useGrantApplicationWithdraw: () => ({ withdraw, loading: ref(false) }) }));

type Can = GrantApplicationDetails['viewerCan'];
const NOTHING: Can = { edit: false, submit: false, resubmit: false, withdraw: false };

function application(state: GrantApplicationDetails['state'], viewerCan: Partial<Can>): GrantApplicationDetails {
  return {
    __typename: 'GrantApplication',
    id: 'a1',
    title: 'Språkvenner',
    summary: 'Samtalegrupper',
    projectPlan: 'Plan',
    version: 3,
    state,
    missing: [],
    requestedTotal: 40_000,
    guidelinesVersion: 1,
    submittedAt: null,
    updatedAt: '2027-01-10T10:00:00.000Z',
    moreInfoRequest: 'Legg ved budsjett for 2027.',
    viewerCan: { __typename: 'GrantApplicationPermissions', ...NOTHING, ...viewerCan },
    budgetLines: [{ __typename: 'BudgetLine', description: 'Lønn', ownFunding: 0, requested: 40_000 }],
    partners: [],
    organisation: { __typename: 'Organisation', id: 'o1', name: 'Skien Røde Kors', kind: 'VOLUNTARY' },
    round: {
      __typename: 'GrantRound',
      id: 'r1',
      title: 'TIIA 2027',
      state: 'CLOSED',
      closesAt: '2027-03-01T11:00:00.000Z',
      acceptingApplications: false,
      minPartners: 0,
      guidelinesVersion: 1,
      scheme: { __typename: 'GrantScheme', id: 's1', name: 'TIIA' },
    },
  } as GrantApplicationDetails;
}

async function show(app: GrantApplicationDetails) {
  loaded.value = app;
  const dummy = { render: () => null };
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/tilskudd/soknader/:id', name: 'grant-application', component: GrantApplicationView },
      { path: '/tilskudd/soknader', name: 'grant-applications', component: dummy },
      { path: '/tilskudd/runder/:id', name: 'grant-round', component: dummy },
      { path: '/tilskudd/soknader/:id/vedtak', name: 'grant-decision', component: dummy },
    ],
  });
  await router.push('/tilskudd/soknader/a1');
  const wrapper = mount({ render: () => h('main', { id: 'main' }, h(RouterView)) }, {
    global: { plugins: [router, i18n], stubs: { ApplicationAttachments: true, PartnersEditor: true } },
    attachTo: document.body,
  });
  await flushPromises();
  const button = (name: string) => wrapper.findAll('button').filter((b) => b.text() === name);
  return { wrapper, button, form: () => wrapper.find('form.grants-form') };
}

describe('GrantApplicationView', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('a draft the server lets the organisation edit: the form, "send in" and withdrawing', async () => {
    const { form, button } = await show(application('DRAFT', { edit: true, submit: true, withdraw: true }));
    expect(form().exists()).toBe(true);
    expect(button('Send inn søknaden')).toHaveLength(1);
    expect(button('Send inn på nytt')).toHaveLength(0);
    expect(button('Trekk søknaden')).toHaveLength(1);
  });

  it('more information asked for: the question, the form and "send in again", as the flags say', async () => {
    const { wrapper, form, button } = await show(application('MORE_INFO_REQUESTED', { edit: true, resubmit: true, withdraw: true }));
    expect(wrapper.text()).toContain('Legg ved budsjett for 2027.');
    expect(form().exists()).toBe(true);
    expect(button('Send inn på nytt')).toHaveLength(1);
    expect(button('Send inn søknaden')).toHaveLength(0);
  });

  it('follows the flags, not the state: with a decision recorded the server offers nothing, so nothing is offered', async () => {
    // MORE_INFO_REQUESTED once meant "editable and withdrawable" here; a recorded decision takes both away on the server.
    const { wrapper, form, button } = await show(application('MORE_INFO_REQUESTED', NOTHING));
    expect(form().exists()).toBe(false);
    expect(wrapper.find('textarea').exists()).toBe(false);
    expect(button('Trekk søknaden')).toHaveLength(0);
    expect(wrapper.text()).not.toContain('Legg ved budsjett for 2027.');
    // Read only instead.
    expect(wrapper.text()).toContain('Samtalegrupper');
  });

  it('says that it was withdrawn, though the withdraw section is gone with the flag', async () => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
    const { wrapper, button } = await show(application('DRAFT', { edit: true, submit: true, withdraw: true }));
    await button('Trekk søknaden')[0]!.trigger('click');
    await wrapper.findAll('button').find((b) => b.text() === 'Ja, trekk søknaden')!.trigger('click');
    await flushPromises();
    expect(withdraw).toHaveBeenCalledWith('a1');
    expect(button('Trekk søknaden')).toHaveLength(0);
    expect(wrapper.findAll('[role="status"]').map((s) => s.text())).toContain('Søknaden er trukket.');
  });

  it('submitted: read only, and withdrawing only while the server offers it', async () => {
    const offered = await show(application('SUBMITTED', { withdraw: true }));
    expect(offered.form().exists()).toBe(false);
    expect(offered.button('Trekk søknaden')).toHaveLength(1);
    offered.wrapper.unmount();
    const refused = await show(application('SUBMITTED', NOTHING));
    expect(refused.button('Trekk søknaden')).toHaveLength(0);
  });
});
