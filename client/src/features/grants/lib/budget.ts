import type { BudgetLineInput } from '@/gql/graphql';
import { parseKroner } from './format';

/** One budget row as typed (amounts are text until they parse). */
export interface BudgetRow {
  key: number;
  description: string;
  ownFunding: string;
  requested: string;
}

export type BudgetRowProblem = 'description' | 'ownFunding' | 'requested';

let nextKey = 1;
export function budgetRow(line?: { description: string; ownFunding: number; requested: number }): BudgetRow {
  return { key: nextKey++, description: line?.description ?? '', ownFunding: line ? String(line.ownFunding) : '', requested: line ? String(line.requested) : '' };
}

function amount(text: string): number | null {
  return text.trim() === '' ? 0 : parseKroner(text);
}

/** What keeps a row from being saved; an untouched empty row has no problems (it is simply not sent). */
export function rowProblems(row: BudgetRow): BudgetRowProblem[] {
  const empty = !row.description.trim() && !row.ownFunding.trim() && !row.requested.trim();
  if (empty) return [];
  const problems: BudgetRowProblem[] = [];
  if (!row.description.trim()) problems.push('description');
  if (amount(row.ownFunding) === null) problems.push('ownFunding');
  if (amount(row.requested) === null) problems.push('requested');
  return problems;
}

/** The rows the server can take (complete ones); incomplete rows stay in the form until they are fixed. */
export function budgetInput(rows: readonly BudgetRow[]): BudgetLineInput[] {
  return rows
    .filter((r) => r.description.trim() && rowProblems(r).length === 0)
    .map((r) => ({ description: r.description.trim(), ownFunding: amount(r.ownFunding) ?? 0, requested: amount(r.requested) ?? 0 }));
}

/** Sums of what is typed so far (unreadable amounts count as 0). */
export function budgetSums(rows: readonly BudgetRow[]): { ownFunding: number; requested: number } {
  return rows.reduce((s, r) => ({ ownFunding: s.ownFunding + (amount(r.ownFunding) ?? 0), requested: s.requested + (amount(r.requested) ?? 0) }), { ownFunding: 0, requested: 0 });
}
