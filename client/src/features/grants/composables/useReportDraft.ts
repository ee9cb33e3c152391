import { computed, reactive, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { GrantReportInput, TargetGroup } from '@/gql/graphql';
import { parseKroner } from '../lib/format';
import { useGrantReportSave, type GrantReportDetails } from './useGrantReport';
import { useVersionedDraft } from './useVersionedDraft';

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
 * A report as its organisation writes it: its form on useVersionedDraft (autosave against the loaded version, the
 * conflict and its "load the newest version", saving before leaving).
 */
export function useReportDraft({ id, report, reload }: { id: Ref<string>; report: Ref<GrantReportDetails | null>; reload: () => Promise<GrantReportDetails | null> }) {
  const { t } = useI18n();
  const { save } = useGrantReportSave();
  const form = reactive({ goals: '', activitiesHeld: '', results: [] as ResultRow[], actuals: [] as string[], totalSpent: '', grantUsed: '' });

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

  function fill(r: GrantReportDetails) {
    form.goals = r.goals;
    form.activitiesHeld = r.activitiesHeld ? String(r.activitiesHeld) : '';
    form.results = r.results.map((x) => resultRow(x));
    if (!form.results.length) form.results = [resultRow()];
    form.actuals = r.accounts.map((a) => (a.actual == null ? '' : String(a.actual)));
    form.totalSpent = r.totalSpent == null ? '' : String(r.totalSpent);
    form.grantUsed = r.grantUsed == null ? '' : String(r.grantUsed);
  }

  const snapshot = () =>
    [`${t('grants.report.goals')}:`, form.goals, '', `${t('grants.report.activitiesHeld')}: ${form.activitiesHeld}`, `${t('grants.report.totalSpent')}: ${form.totalSpent}`, `${t('grants.report.grantUsed')}: ${form.grantUsed}`].join('\n');

  const draft = useVersionedDraft({ record: report, reload, save: async (version) => (await save(id.value, version, input())).version, fill, snapshot });

  /** The actual amounts added up as typed (the server checks them against the stated total). */
  const actualSum = computed(() => form.actuals.reduce((s, a) => s + (kroner(a) ?? 0), 0));

  function addResult() {
    form.results.push(resultRow());
  }
  function removeResult(index: number) {
    form.results.splice(index, 1);
    draft.changed();
  }

  return { ...draft, form, actualSum, addResult, removeResult };
}
