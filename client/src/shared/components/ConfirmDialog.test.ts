import { flushPromises, mount } from '@vue/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { h } from 'vue';
import { i18n } from '@/app/i18n';
import ConfirmDialog from './ConfirmDialog.vue';

beforeAll(() => {
  // jsdom has no modal dialogs.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

function mountDialog(props: Record<string, unknown> = {}) {
  return mount(ConfirmDialog, {
    props: { open: true, title: 'Slette ressursen?', confirmLabel: 'Ja, slett', ...props },
    slots: { default: () => h('p', { class: 'text' }, 'Den kan ikke hentes tilbake.') },
    global: { plugins: [i18n] },
    attachTo: document.body,
  });
}
const confirmButton = (wrapper: ReturnType<typeof mountDialog>) => wrapper.findAll('button').find((b) => b.text() === 'Ja, slett')!;

describe('ConfirmDialog', () => {
  it('asks under its title, with the text, and starts on the confirm button', async () => {
    const wrapper = mountDialog({ danger: true });
    await flushPromises();
    expect(wrapper.get('h2').text()).toBe('Slette ressursen?');
    expect(wrapper.get('.text').text()).toBe('Den kan ikke hentes tilbake.');
    expect(confirmButton(wrapper).attributes('data-color')).toBe('danger');
    expect(document.activeElement).toBe(confirmButton(wrapper).element);
    wrapper.unmount();
  });

  it('emits confirm, and cancel closes it', async () => {
    const wrapper = mountDialog();
    await confirmButton(wrapper).trigger('click');
    expect(wrapper.emitted('confirm')).toHaveLength(1);
    await wrapper.findAll('button').find((b) => b.text() === 'Avbryt')!.trigger('click');
    expect(wrapper.emitted('update:open')?.at(-1)).toEqual([false]);
    wrapper.unmount();
  });

  it('shows the problem as an alert, and with focusClose leaves focus off the confirm button', async () => {
    const wrapper = mountDialog({ problem: 'Noe gikk galt.', focusClose: true, busy: true });
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toBe('Noe gikk galt.');
    expect(wrapper.find('[role="alert"] h2').exists()).toBe(false);
    expect(confirmButton(wrapper).attributes('data-autofocus')).toBeUndefined();
    expect(confirmButton(wrapper).attributes('aria-busy')).toBe('true');
    expect(document.activeElement).not.toBe(confirmButton(wrapper).element);
    wrapper.unmount();
  });
});
