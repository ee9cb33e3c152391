import { computed, onBeforeUnmount, onMounted, reactive, ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { onBeforeRouteLeave, onBeforeRouteUpdate } from 'vue-router';
import { useDescribeError } from '@/app/errors';
import type { PartnerItem } from '../components/PartnersEditor.vue';
import { budgetInput, budgetRow, type BudgetRow } from '../lib/budget';
import { useAutosave } from './useAutosave';
import type { GrantApplicationDetails } from './useGrantApplication';
import { useGrantApplicationSave, versionConflict } from './useGrantApplicationSave';

export interface ApplicationDraftOptions {
  /** The application's id (the route's). */
  id: Ref<string>;
  /** The application as last loaded; the form is filled from it once per id. */
  application: Ref<GrantApplicationDetails | null>;
  /** Loads the newest version from the server (after a conflict). */
  reload: () => Promise<GrantApplicationDetails | null>;
}

/**
 * An application draft as its organisation edits it (the shape of Directus's `use-auto-save`): the form, saved a
 * moment after each edit and at once on leaving a field or the page, always against the version it was loaded
 * with; the save status; and the conflict when someone else saved a newer version meanwhile, which stops saving
 * and keeps a copy of what was typed. Whether the draft may be edited at all is the server's `viewerCan.edit`.
 */
export function useApplicationDraft({ id, application, reload }: ApplicationDraftOptions) {
  const { t } = useI18n();
  const describeError = useDescribeError();
  const { save } = useGrantApplicationSave();

  const form = reactive({ title: '', summary: '', projectPlan: '', partners: [] as PartnerItem[], rows: [] as BudgetRow[] });
  const loadedId = ref<string | null>(null);
  const editable = computed(() => !!application.value?.viewerCan.edit);

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

  const autosave = useAutosave({
    version: 0,
    save: async (version) => (await save(id.value, version, input())).version,
    conflictVersion: versionConflict,
    isPermanent: (e) => describeError(e).code === 'BAD_USER_INPUT',
  });

  function fill(app: GrantApplicationDetails) {
    form.title = app.title;
    form.summary = app.summary;
    form.projectPlan = app.projectPlan;
    form.partners = app.partners.map((p) => ({ id: p.id, name: p.name, kind: p.kind }));
    form.rows = app.budgetLines.map((l) => budgetRow(l));
    if (!form.rows.length) form.rows = [budgetRow()];
    autosave.reset(app.version);
    loadedId.value = app.id;
  }

  watch(
    application,
    (app) => {
      if (app && loadedId.value !== app.id) fill(app);
    },
    { immediate: true },
  );

  const titleError = computed(() => (editable.value && loadedId.value && !form.title.trim() ? t('grants.form.titleRequired') : null));

  /** On the form's `input`: an edit to save (fields marked data-no-autosave, such as the partner search, are not). */
  function onEdit(event: Event) {
    const target = event.target as HTMLElement | null;
    if (target?.closest('[data-no-autosave]')) return;
    autosave.changed();
  }

  /** On the form's `focusout`: leaving a field saves at once. */
  function onFocusOut(event: FocusEvent) {
    const target = event.target as HTMLElement | null;
    if (!target?.matches('input, textarea, select') || target.closest('[data-no-autosave]')) return;
    void autosave.flush();
  }

  // ── Conflict: someone else saved a newer version ─────────────────────────────────────────────────
  const conflict = reactive({ open: false, copy: '', showCopy: false, reloading: false, problem: null as string | null });

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

  watch(autosave.status, (s) => {
    if (s !== 'conflict') return;
    conflict.copy = snapshot();
    conflict.open = true;
  });

  /** Replaces the form with the newest version, keeping what was typed (also after the conflict) to copy from. */
  async function loadNewest() {
    if (conflict.reloading) return;
    conflict.reloading = true;
    conflict.problem = null;
    try {
      const copy = snapshot();
      const app = await reload();
      if (!app) throw new Error('no application');
      conflict.copy = copy;
      fill(app);
      conflict.showCopy = true;
      conflict.open = false;
    } catch (e) {
      conflict.problem = describeError(e).message;
    } finally {
      conflict.reloading = false;
    }
  }

  // ── Leaving: save first; warn when something could not be saved ─────────────────────────────────
  const unsaved = () => editable.value && autosave.hasUnsaved.value;
  onBeforeRouteLeave(async () => {
    await autosave.flush();
    return unsaved() ? window.confirm(t('grants.form.leaveUnsaved')) : true;
  });
  // Another application in the same view (a link from a notification): save this one first.
  onBeforeRouteUpdate(async () => {
    await autosave.flush();
    return true;
  });
  function onBeforeUnload(event: BeforeUnloadEvent) {
    if (unsaved()) event.preventDefault();
  }
  function onHidden() {
    if (document.visibilityState === 'hidden') void autosave.flush();
  }
  onMounted(() => {
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHidden);
  });
  onBeforeUnmount(() => {
    window.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('visibilitychange', onHidden);
  });

  return {
    form,
    editable,
    status: autosave.status,
    savedAt: autosave.savedAt,
    lastError: autosave.lastError,
    flush: autosave.flush,
    changed: autosave.changed,
    titleError,
    onEdit,
    onFocusOut,
    conflict,
    loadNewest,
  };
}

export type ApplicationDraft = ReturnType<typeof useApplicationDraft>;
