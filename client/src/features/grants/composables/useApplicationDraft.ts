import { computed, reactive, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { PartnerItem } from '../components/PartnersEditor.vue';
import { budgetInput, budgetRow, type BudgetRow } from '../lib/budget';
import type { GrantApplicationDetails } from './useGrantApplication';
import { useGrantApplicationSave } from './useGrantApplicationSave';
import { useVersionedDraft } from './useVersionedDraft';

export interface ApplicationDraftOptions {
  /** The application's id (the route's). */
  id: Ref<string>;
  /** The application as last loaded; the form is filled from it once per id. */
  application: Ref<GrantApplicationDetails | null>;
  /** Loads the newest version from the server (after a conflict). */
  reload: () => Promise<GrantApplicationDetails | null>;
}

/**
 * An application draft as its organisation edits it: its form on useVersionedDraft (autosave against the loaded
 * version, the conflict and its "load the newest version", saving before leaving).
 */
export function useApplicationDraft({ id, application, reload }: ApplicationDraftOptions) {
  const { t } = useI18n();
  const { save } = useGrantApplicationSave();

  const form = reactive({ title: '', summary: '', projectPlan: '', partners: [] as PartnerItem[], rows: [] as BudgetRow[] });

  function input() {
    return {
      // A blank title is refused by the server; the rest is saved meanwhile.
      ...(form.title.trim() ? { title: form.title } : {}),
      summary: form.summary,
      projectPlan: form.projectPlan,
      partnerOrganisationIds: form.partners.map((p) => p.id),
      budgetLines: budgetInput(form.rows),
    };
  }

  function fill(app: GrantApplicationDetails) {
    form.title = app.title;
    form.summary = app.summary;
    form.projectPlan = app.projectPlan;
    form.partners = app.partners.map((p) => ({ id: p.id, name: p.name, kind: p.kind }));
    form.rows = app.budgetLines.map((l) => budgetRow(l));
    if (!form.rows.length) form.rows = [budgetRow()];
  }

  /** What was typed, as plain text to copy into the newest version. */
  function snapshot(): string {
    return [
      `${t('grants.form.title')}: ${form.title}`,
      '',
      `${t('grants.form.summary')}:`,
      form.summary,
      '',
      `${t('grants.form.projectPlan')}:`,
      form.projectPlan,
      '',
      `${t('grants.form.partners')}: ${form.partners.map((p) => p.name).join(', ')}`,
      '',
      `${t('grants.form.budget')}:`,
      ...form.rows.filter((r) => r.description || r.ownFunding || r.requested).map((r) => `- ${r.description}; ${t('grants.budget.ownFunding')}: ${r.ownFunding || 0}; ${t('grants.budget.requested')}: ${r.requested || 0}`),
    ].join('\n');
  }

  const draft = useVersionedDraft({ record: application, reload, save: async (version) => (await save(id.value, version, input())).version, fill, snapshot });
  const titleError = computed(() => (draft.editable.value && draft.loadedId.value && !form.title.trim() ? t('grants.form.titleRequired') : null));

  return { ...draft, form, titleError };
}

export type ApplicationDraft = ReturnType<typeof useApplicationDraft>;
