import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Municipality } from '../reference/municipality.entity.js';
import { DecisionStatus, Recommendation, SettlementNumbers, SettlementYear } from './settlement.entity.js';
import { canSettlement, settlementStanding } from './settlement.policy.js';
import { AwardedGrant, ContactRole, MunicipalityContact, MunicipalitySettlementYear } from './settlement.types.js';

/** The municipality page (`/kommuner/<nr>`): its settlement numbers over the years, who does what, grants awarded there. */
@Resolver(() => Municipality)
export class MunicipalityPageResolver {
  @FieldResolver(() => [MunicipalitySettlementYear], { description: 'The municipality’s settlement numbers per year the viewer may see (published ones for everyone), newest first.' })
  async settlementYears(@Root() m: Municipality, @Ctx() ctx: Context): Promise<MunicipalitySettlementYear[]> {
    const standing = await settlementStanding(ctx);
    const years = (await ctx.em.find(SettlementYear, { countyNumber: m.countyNumber }, { orderBy: { year: 'desc' } })).filter((y) => canSettlement.readNumbers(ctx.viewer, standing, y));
    if (!years.length) return [];
    const numbers = new Map((await ctx.em.find(SettlementNumbers, { year: { $in: years.map((y) => y.id) }, municipality: m.number })).map((n) => [n.year.id, n]));
    const recs = new Map((await ctx.em.find(Recommendation, { year: { $in: years.map((y) => y.id) }, municipality: m.number, sentVersion: { $gt: 0 } })).map((r) => [r.year.id, r]));
    return years.map((year) => {
      const n = numbers.get(year.id);
      const rec = recs.get(year.id);
      const recommended = rec && canSettlement.readRecommendation(ctx.viewer, standing, m.number, true) ? (rec.number ?? null) : null;
      return { year, requested: n?.requested ?? null, decided: n?.decisionStatus === DecisionStatus.DECIDED ? (n.decided ?? null) : null, settled: n?.settled ?? null, recommended };
    });
  }

  @FieldResolver(() => [MunicipalityContact], {
    nullable: true,
    description: 'Who does what for newcomers ("hvem gjør hva"), from the verified organisations serving the municipality: the refugee service (its municipal organisation), career guidance (career counsellors) and minority advisers at the schools. Signed-in users only (null otherwise), as member lists are.',
  })
  async contacts(@Root() m: Municipality, @Ctx() ctx: Context): Promise<MunicipalityContact[] | null> {
    if (!ctx.viewer.signedIn) return null;
    const rows = await ctx.em.getConnection().execute<{ user_id: string; name: string; title: string | null; tags: string[]; organisation_id: string; kind: string }[]>(
      `select u.id as user_id, u.name, u.title, u.profile_tags as tags, o.id as organisation_id, o.kind
         from organisation_municipality om
         join organisation o on o.id = om.organisation_id and o.verification_status = 'VERIFIED'
         join membership ms on ms.organisation_id = o.id
         join app_user u on u.id = ms.user_id
        where om.municipality_number = ?
        order by u.name`,
      [m.number],
    );
    const organisations = new Map((await ctx.em.find(Organisation, { id: { $in: [...new Set(rows.map((r) => r.organisation_id))] } })).map((o) => [o.id, o]));
    const role = (r: (typeof rows)[number]): ContactRole | null => {
      if (r.kind === 'MUNICIPALITY') return ContactRole.REFUGEE_SERVICE;
      if (r.tags.includes('career-counsellor')) return ContactRole.CAREER_GUIDANCE;
      if (r.kind === 'SCHOOL' && (r.tags.includes('minority-adviser') || r.tags.includes('diversity-adviser'))) return ContactRole.MINORITY_ADVISER;
      return null;
    };
    const order = Object.values(ContactRole);
    return rows
      .flatMap((r) => {
        const which = role(r);
        return which ? [{ role: which, userId: r.user_id, name: r.name, title: r.title, organisation: organisations.get(r.organisation_id)! }] : [];
      })
      .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || a.name.localeCompare(b.name, 'nb'));
  }

  @FieldResolver(() => [AwardedGrant], { description: 'Grants awarded to organisations serving the municipality, once their round’s decisions are published; newest first.' })
  async grantsAwarded(@Root() m: Municipality, @Ctx() ctx: Context): Promise<AwardedGrant[]> {
    const rows = await ctx.em.getConnection().execute<{ id: string; title: string; organisation_id: string; organisation_name: string; round_title: string; granted_amount: number; year: number }[]>(
      `select a.id, a.title, o.id as organisation_id, o.name as organisation_name, r.title as round_title, a.granted_amount, r.year
         from grant_application a
         join grant_round r on r.id = a.round_id and r.state = 'DECIDED' and r.decisions_published_at is not null
         join organisation o on o.id = a.organisation_id
        where a.state = 'DECIDED' and a.decision in ('APPROVED', 'PARTIALLY_APPROVED')
          and exists (select 1 from organisation_municipality om where om.organisation_id = o.id and om.municipality_number = ?)
        order by r.year desc, a.title
        limit 100`,
      [m.number],
    );
    return rows.map((r) => ({ applicationId: r.id, title: r.title, organisationId: r.organisation_id, organisationName: r.organisation_name, roundTitle: r.round_title, grantedAmount: Number(r.granted_amount), year: Number(r.year) }));
  }
}
