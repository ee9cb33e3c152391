import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { defineKeyedLoader } from '../../common/read-model/memo.js';
import type { Context } from '../../context.js';

/**
 * Who may do what in the settlement cycle, in one place. County staff run it; a municipality takes part through
 * its organisation on the platform (kind MUNICIPALITY, verified by county staff, serving the municipality): its
 * members answer its survey and record its decision and settled numbers; members of verified agencies (IMDi,
 * KS, Bufetat) sit at the allocation board and record IMDi's requests; the public sees a year only once the
 * county publishes its numbers. Services call `authorize(viewer, canSettlement.x(...))`, and the `viewerCan`
 * fields answer from the same functions.
 */
export interface SettlementStanding {
  /** Municipality numbers the viewer speaks for (member of a verified MUNICIPALITY organisation serving them). */
  municipalities: ReadonlySet<string>;
  /** Member of a verified AGENCY organisation (IMDi, KS, Bufetat …). */
  agency: boolean;
}

export const NO_STANDING: SettlementStanding = { municipalities: new Set(), agency: false };

type YearFacts = { numbersPublished: boolean };

export const canSettlement = {
  /** Years, criteria, milestones, sending and closing the survey, recommendations, locking the board, publishing. */
  administer: (v: Viewer) => v.isStaff,
  /** The working pages of a year (criteria, milestones, the survey's existence): everyone taking part. */
  follow: (v: Viewer, s: SettlementStanding) => v.isStaff || s.agency || s.municipalities.size > 0,
  /** A year at all: those taking part, and everyone once its numbers are published. */
  readYear: (v: Viewer, s: SettlementStanding, y: YearFacts) => y.numbersPublished || canSettlement.follow(v, s),
  /** The live survey tracker (answered / draft / not opened / late), reminders and extensions. */
  track: (v: Viewer) => v.isStaff,
  /** One municipality's survey answer: the county, the agencies at the board, and the municipality itself. */
  readResponse: (v: Viewer, s: SettlementStanding, municipality: string) => v.isStaff || s.agency || s.municipalities.has(municipality),
  /** Answering is the municipality's own: not even county staff answer for it. */
  answerSurvey: (_v: Viewer, s: SettlementStanding, municipality: string) => s.municipalities.has(municipality),
  /** The allocation board: county staff and the agencies in the meeting (IMDi, KS). */
  readBoard: (v: Viewer, s: SettlementStanding) => v.isStaff || s.agency,
  editBoard: (v: Viewer, s: SettlementStanding) => v.isStaff || s.agency,
  lockBoard: (v: Viewer) => v.isStaff,
  /** Drafts are the county's; a sent recommendation also IMDi's (the agencies) and the municipality's own. */
  readRecommendation: (v: Viewer, s: SettlementStanding, municipality: string, sent: boolean) => v.isStaff || (sent && (s.agency || s.municipalities.has(municipality))),
  /** IMDi's request: county staff or an agency member records it. */
  recordRequest: (v: Viewer, s: SettlementStanding) => v.isStaff || s.agency,
  /** The municipal decision and the settled numbers: the municipality itself, or county staff. */
  recordDecision: (v: Viewer, s: SettlementStanding, municipality: string) => v.isStaff || s.municipalities.has(municipality),
  recordSettled: (v: Viewer, s: SettlementStanding, municipality: string) => v.isStaff || s.municipalities.has(municipality),
  /** Requests, decisions (with their documents) and settled numbers. */
  readNumbers: (v: Viewer, s: SettlementStanding, y: YearFacts) => canSettlement.readYear(v, s, y),
};

/** The viewer's standing, read from the database (once per operation through `settlementStanding`). */
export async function loadStanding(em: EntityManager, viewer: Viewer): Promise<SettlementStanding> {
  if (!viewer.id) return NO_STANDING;
  const rows = await em.getConnection().execute<{ kind: string; municipality_number: string | null }[]>(
    `select o.kind, om.municipality_number
       from membership m join organisation o on o.id = m.organisation_id
       left join organisation_municipality om on om.organisation_id = o.id and o.kind = 'MUNICIPALITY'
      where m.user_id = ? and o.verification_status = 'VERIFIED' and o.kind in ('MUNICIPALITY', 'AGENCY')`,
    [viewer.id],
  );
  return { municipalities: new Set(rows.flatMap((r) => (r.municipality_number ? [r.municipality_number] : []))), agency: rows.some((r) => r.kind === 'AGENCY') };
}

type StandingContext = Pick<Context, 'em' | 'viewer' | 'memo'>;
const standings = defineKeyedLoader((ctx: StandingContext, _viewerId: string) => loadStanding(ctx.em, ctx.viewer));

export function settlementStanding(ctx: StandingContext): Promise<SettlementStanding> {
  return standings(ctx).load(ctx.viewer.id ?? '');
}
