import { defineKeyedLoader } from '../../common/read-model/memo.js';
import type { Context } from '../../context.js';
import { BoardCell, Recommendation, SettlementNumbers, SettlementYear, SurveyResponse } from './settlement.entity.js';
import { canSettlement, settlementStanding } from './settlement.policy.js';

/** Everything a year's municipality rows show, read in one go per operation (not once per row and field). */
export interface YearBundle {
  responses: Map<string, SurveyResponse>;
  cells: Map<string, BoardCell[]>;
  recommendations: Map<string, Recommendation>;
  numbers: Map<string, SettlementNumbers>;
  /** Earlier years of the same county the viewer may read, newest first, with their numbers by municipality. */
  previous: { year: SettlementYear; numbers: Map<string, SettlementNumbers> }[];
}

/** How many earlier years a row shows next to this one. */
export const PREVIOUS_YEARS = 3;

const byMunicipality = <T extends { municipality: { number: string } }>(rows: T[]) => new Map(rows.map((r) => [r.municipality.number, r]));

/** A year's bundle, read once per operation (the year itself comes from the identity map). */
const bundles = defineKeyedLoader(async (ctx: Context, yearId: string): Promise<YearBundle> => {
  const em = ctx.em;
  const year = await em.findOneOrFail(SettlementYear, yearId);
  const standing = await settlementStanding(ctx);
  const [responses, cells, recommendations, numbers, earlier] = await Promise.all([
    em.find(SurveyResponse, { year }),
    em.find(BoardCell, { year }, { orderBy: { column: 'asc' } }),
    em.find(Recommendation, { year }),
    em.find(SettlementNumbers, { year }),
    em.find(SettlementYear, { countyNumber: year.countyNumber, year: { $lt: year.year } }, { orderBy: { year: 'desc' }, limit: PREVIOUS_YEARS }),
  ]);
  const visible = earlier.filter((y) => canSettlement.readNumbers(ctx.viewer, standing, y));
  const previousNumbers = visible.length ? await em.find(SettlementNumbers, { year: { $in: visible.map((y) => y.id) } }) : [];
  const cellsBy = new Map<string, BoardCell[]>();
  for (const c of cells) cellsBy.set(c.municipality.number, [...(cellsBy.get(c.municipality.number) ?? []), c]);
  return {
    responses: byMunicipality(responses),
    cells: cellsBy,
    recommendations: byMunicipality(recommendations),
    numbers: byMunicipality(numbers),
    previous: visible.map((y) => ({ year: y, numbers: byMunicipality(previousNumbers.filter((n) => n.year.id === y.id)) })),
  };
});

export function yearBundle(ctx: Context, year: SettlementYear): Promise<YearBundle> {
  return bundles(ctx).load(year.id);
}
