import { computed, onBeforeUnmount, onMounted, reactive, ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { onBeforeRouteLeave } from 'vue-router';
import { useDescribeError } from '@/app/errors';
import type { GrantReportInput, TargetGroup } from '@/gql/graphql';
import { parseKroner } from '../lib/format';
import { useAutosave } from './useAutosave';
import { useGrantReportSave, type GrantReportDetails } from './useGrantReport';
import { versionConflict } from './useGrantApplicationSave';

export interface ResultRow {
  uid: number;
  municipalityNumber: string;
  targetGroup: TargetGroup | '';
  participants: string;
}

let nextUid = 0;
export const resultRow = (r?: { municipality: { number: string }; targetGroup: TargetGroup; participants: number }): ResultRow => ({
  uid: nextUid++,
  municipalityNumber: r?.municipality.number ?? '',
  targetGroup: r?.targetGroup ?? '',
  participants: r ? String(r.participants) : '',
});

const count = (text: string): number | null => (/^\s*\d{1,7}\s*$/.test(text) ? Number(text) : null);
const kroner = (text: string): number | null => (text.trim() ? parseKroner(text) : null);

/**
 * A report as its organisation writes it (the shape of useApplicationDraft): the form, saved a moment after each
 * edit and at once on leaving a field or the page, against the version it was loaded with; a conflict (someone
 * else saved meanwhile) stops saving and keeps a copy of what was typed. Whether it may be edited is `viewerCan.edit`.
 */
export function useReportDraft({ id, report, reload }: { id: Ref<string>; report: Ref<GrantReportDetails | null>; reload: () => Promise<GrantReportDetails | null> }) {
  const { t } = useI18n();
  const describeError = useDescribeError();
  const { save } = useGrantReportSave();
  const form = reactive({ goals: '', activitiesHeld: '', results: [] as ResultRow[], actuals: [] as string[], totalSpent: '', grantUsed: '' });
  const loadedId = ref<string | null>(null);
  const editable = computed(() => !!report.value?.viewerCan.edit);

  /** The draft as the server takes it: what is not a valid number yet is left out (or cleared), never guessed. */
  function input(): GrantReportInput {
    const activities = count(form.activitiesHeld);
    return {
      goals: form.goals,
      ...(activities !== null ? { activitiesHeld: activities } : {}),
      results: form.results
        .filter((r) => r.municipalityNumber && r.targetGroup && count(r.participants) !== null)
        .map((r) => ({ municipalityNumber: r.municipalityNumber, targetGroup: r.targetGroup as TargetGroup, participants: count(r.participants)! })),
      accounts: form.actuals.map((a, line) => ({ line, actual: kroner(a) })),
      totalSpent: kroner(form.totalSpent),
      grantUsed: kroner(form.grantUsed),
    };
  }

  const autosave = useAutosave({
    version: 0,
    save: async (version) => (await save(id.value, version, input())).version,
    conflictVersion: versionConflict,
    isPermanent: (e) => describeError(e).code === 'BAD_USER_INPUT',
  });

  function fill(r: GrantReportDetails) {
    form.goals = r.goals;
    form.activitiesHeld = r.activitiesHeld ? String(r.activitiesHeld) : '';
    form.results = r.results.map((x) => resultRow(x));
    if (!form.results.length) form.results = [resultRow()];
    form.actuals = r.accounts.map((a) => (a.actual == null ? '' : String(a.actual)));
    form.totalSpent = r.totalSpent == null ? '' : String(r.totalSpent);
    form.grantUsed = r.grantUsed == null ? '' : String(r.grantUsed);
    autosave.reset(r.version);
    loadedId.value = r.id;
  }

  watch(
    report,
    (r) => {
      if (r && loadedId.value !== r.id) fill(r);
    },
    { immediate: true },
  );

  /** The actual amounts added up as typed (the server checks them against the stated total). */
  const actualSum = computed(() => form.actuals.reduce((s, a) => s + (kroner(a) ?? 0), 0));

  function onEdit() {
    autosave.changed();
  }
  function onFocusOut(event: FocusEvent) {
    if ((event.target as HTMLElement | null)?.matches('input, textarea, select')) void autosave.flush();
  }
  function addResult() {
    form.results.push(resultRow());
  }
  function removeResult(index: number) {
    form.results.splice(index, 1);
    autosave.changed();
  }

  const conflict = reactive({ open: false, copy: '', showCopy: false, reloading: false, problem: null as string | null });
  const snapshot = () =>
    [`${t('grants.report.goals')}:`, form.goals, '', `${t('grants.report.activitiesHeld')}: ${form.activitiesHeld}`, `${t('grants.report.totalSpent')}: ${form.totalSpent}`, `${t('grants.report.grantUsed')}: ${form.grantUsed}`].join('\n');
  watch(autosave.status, (s) => {
    if (s !== 'conflict') return;
    conflict.copy = snapshot();
    conflict.open = true;
  });
  async function loadNewest() {
    if (conflict.reloading) return;
    conflict.reloading = true;
    conflict.problem = null;
    try {
      const copy = snapshot();
      const r = await reload();
      if (!r) throw new Error('no report');
      conflict.copy = copy;
      fill(r);
      conflict.showCopy = true;
      conflict.open = false;
    } catch (e) {
      conflict.problem = describeError(e).message;
    } finally {
      conflict.reloading = false;
    }
  }

  const unsaved = () => editable.value && autosave.hasUnsaved.value;
  onBeforeRouteLeave(async () => {
    await autosave.flush();
    return unsaved() ? window.confirm(t('grants.form.leaveUnsaved')) : true;
  });
  function onBeforeUnload(event: BeforeUnloadEvent) {
    if (unsaved()) event.preventDefault();
  }
  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload));
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onBeforeUnload));

  return { form, editable, actualSum, status: autosave.status, savedAt: autosave.savedAt, lastError: autosave.lastError, flush: autosave.flush, onEdit, onFocusOut, addResult, removeResult, conflict, loadNewest };
}
