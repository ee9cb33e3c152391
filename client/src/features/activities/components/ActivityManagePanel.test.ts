import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '@/app/i18n';
import type { ActivityDetails } from '../composables/useActivity';
import ActivityManagePanel from './ActivityManagePanel.vue';

vi.mock('../composables/useActivitySetStatus', () => ({ useActivitySetStatus: () => ({ setStatus: vi.fn(), loading: { value: false } }) }));
vi.mock('../composables/useActivityConfirm', () => ({ useActivityConfirm: () => ({ confirm: vi.fn(), loading: { value: false } }) }));

function buttons(status: ActivityDetails['status'], can: { publish: boolean; pause: boolean; archive: boolean }) {
  const activity = { id: 'a1', status, stale: false, lastConfirmedAt: '2027-01-10T10:00:00.000Z', viewerCan: { manage: true, volunteer: false, ...can } } as unknown as ActivityDetails;
  const wrapper = mount(ActivityManagePanel, { props: { activity }, global: { plugins: [i18n], stubs: { RouterLink: true } } });
  return wrapper.findAll('button').map((b) => b.text()).filter((text) => text !== 'Bekreft at aktiviteten fortsatt går');
}

describe('ActivityManagePanel', () => {
  it('offers exactly the moves viewerCan gives, whatever the status', () => {
    expect(buttons('DRAFT', { publish: true, pause: false, archive: true })).toEqual(['Publiser', 'Arkiver']);
    expect(buttons('PUBLISHED', { publish: false, pause: true, archive: true })).toEqual(['Sett på pause', 'Arkiver']);
    expect(buttons('ARCHIVED', { publish: true, pause: false, archive: false })).toEqual(['Publiser igjen']);
    // The status alone no longer decides: nothing offered, nothing shown.
    expect(buttons('PAUSED', { publish: false, pause: false, archive: false })).toEqual([]);
  });
});
