import { ApolloError } from '@apollo/client/core';
import { flushPromises, mount } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/app/i18n';
import SignUpForm from './SignUpForm.vue';

function serverError(message: string, fields: { field: string; message: string }[]) {
  return new ApolloError({ graphQLErrors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', fields } })] });
}

function mountForm(submit = vi.fn().mockResolvedValue(undefined)) {
  const wrapper = mount(SignUpForm, { props: { submit }, global: { plugins: [i18n] }, attachTo: document.body });
  const input = (label: string) => {
    const id = wrapper.findAll('label').find((l) => l.text().startsWith(label))!.attributes('for')!;
    return wrapper.get<HTMLInputElement>(`[id="${id}"]`);
  };
  return { wrapper, submit, input };
}

/** The texts an input's aria-describedby points at. */
function description(wrapper: ReturnType<typeof mountForm>['wrapper'], input: { attributes: (name: string) => string | undefined }) {
  return (input.attributes('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => wrapper.get(`[id="${id}"]`).text());
}

describe('SignUpForm', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('has labelled fields with help texts tied to them, and no errors at first', () => {
    const { wrapper, input } = mountForm();
    expect(input('Navn').attributes('autocomplete')).toBe('name');
    expect(input('E-postadresse').attributes('type')).toBe('email');
    expect(input('Velg et passord').attributes('autocomplete')).toBe('new-password');
    expect(description(wrapper, input('Velg et passord'))).toEqual([expect.stringContaining('Minst 8 tegn')]);
    expect(wrapper.find('.ds-error-summary').exists()).toBe(false);
    expect(wrapper.findAll('[aria-invalid="true"]')).toHaveLength(0);
  });

  it('checks required fields and the e-mail format before sending, and focuses the summary', async () => {
    const { wrapper, submit, input } = mountForm();
    await input('E-postadresse').setValue('ikke-en-epost');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(submit).not.toHaveBeenCalled();
    const summary = wrapper.get('.ds-error-summary');
    expect(document.activeElement).toBe(summary.element);
    expect(summary.findAll('a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Fyll ut feltet «Navn».', `#${input('Navn').attributes('id')}`],
      [expect.stringContaining('Skriv en gyldig e-postadresse'), `#${input('E-postadresse').attributes('id')}`],
      ['Fyll ut feltet «Velg et passord».', `#${input('Velg et passord').attributes('id')}`],
    ]);
    expect(input('E-postadresse').attributes('aria-invalid')).toBe('true');
    expect(description(wrapper, input('E-postadresse'))).toEqual([
      'Vi sender en lenke hit for å bekrefte at adressen er din.',
      expect.stringContaining('Skriv en gyldig e-postadresse'),
    ]);

    // A summary link moves focus to its field.
    await summary.findAll('a')[0]!.trigger('click');
    expect(document.activeElement).toBe(input('Navn').element);
  });

  it('sends trimmed values and shows the server’s field problems on the right field', async () => {
    const submit = vi.fn().mockRejectedValue(serverError('validation/password_common', [{ field: 'password', message: 'validation/password_common' }]));
    const { wrapper, input } = mountForm(submit);
    await input('Navn').setValue('  Kari  ');
    await input('E-postadresse').setValue(' kari@example.no ');
    await input('Velg et passord').setValue('passord123');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(submit).toHaveBeenCalledWith({ name: 'Kari', email: 'kari@example.no', password: 'passord123' });
    expect(input('Velg et passord').attributes('aria-invalid')).toBe('true');
    expect(input('E-postadresse').attributes('aria-invalid')).toBeUndefined();
    expect(description(wrapper, input('Velg et passord'))).toContain('Passordet er for vanlig og lett å gjette. Velg et annet.');
    expect(document.activeElement).toBe(wrapper.get('.ds-error-summary').element);
  });

  it('shows a problem without a field in the summary as text', async () => {
    const conflict = new ApolloError({ networkError: new TypeError('Failed to fetch') });
    const { wrapper, input } = mountForm(vi.fn().mockRejectedValue(conflict));
    await input('Navn').setValue('Kari');
    await input('E-postadresse').setValue('kari@example.no');
    await input('Velg et passord').setValue('et-godt-passord');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const summary = wrapper.get('.ds-error-summary');
    expect(summary.findAll('a')).toHaveLength(0);
    expect(summary.text()).toContain('Vi får ikke kontakt med tjenesten.');
  });

  it('marks the button busy while sending and ignores a second submit', async () => {
    let finish!: () => void;
    const submit = vi.fn().mockReturnValue(new Promise<void>((resolve) => (finish = resolve)));
    const { wrapper, input } = mountForm(submit);
    await input('Navn').setValue('Kari');
    await input('E-postadresse').setValue('kari@example.no');
    await input('Velg et passord').setValue('et-godt-passord');
    await wrapper.get('form').trigger('submit');
    const button = wrapper.get('button[type="submit"]');
    expect(button.attributes('aria-busy')).toBe('true');
    expect(button.text()).toBe('Oppretter konto …');
    await wrapper.get('form').trigger('submit');
    expect(submit).toHaveBeenCalledTimes(1);
    finish();
    await flushPromises();
    expect(button.attributes('aria-busy')).toBeUndefined();
    expect(button.text()).toBe('Opprett konto');
  });
});
