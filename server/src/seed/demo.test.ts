import { describe, expect, it } from 'vitest';
import { testServerForFile } from '../../test/test-server.js';
import { createLogger } from '../common/logger.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from './demo.js';

const server = testServerForFile();

describe('demo data', () => {
  it('loads once into an empty database, with resources from the county pages and a TIIA round with applications in several states', async () => {
    const loaded = await seedDemoIfEmpty(server.orm, createLogger('silent'));
    expect(loaded?.password).toBe(DEMO_PASSWORD);
    expect(await seedDemoIfEmpty(server.orm, createLogger('silent'))).toBeNull();

    const res = await server.gql<{ resources: { totalCount: number; nodes: { title: string; url: string }[] }; grantRounds: { title: string; state: string; infoEvent: { title: string } | null }[]; search: { hits: { type: string; title: string }[] } }>(
      `{ resources(first: 50) { totalCount nodes { title url } }
         grantRounds { title state infoEvent { title } }
         search(query: "flyktningene", filter: { types: [RESOURCE] }) { hits { type title } } }`,
    );
    expect(res.errors).toBeUndefined();
    const titles = res.data!.resources.nodes.map((r) => r.title);
    for (const expected of [/Veileder: Hvordan nå ut med informasjon/, /Meld\. St\. 17/, /^Nora/, /Opplæring av barn, unge og voksne fra Ukraina/, /Innvandrere og norskfødte med innvandrerforeldre/]) {
      expect(titles.some((t) => expected.test(t))).toBe(true);
    }
    expect(res.data!.grantRounds).toEqual([
      { title: `TIIA ${new Date().getFullYear() + 1}`, state: 'OPEN', infoEvent: { title: 'Digitalt informasjonsmøte for søkere til TIIA' } },
      { title: `TIIA ${new Date().getFullYear()}`, state: 'DECIDED', infoEvent: null },
    ]);
    expect(res.data!.search.hits.length).toBeGreaterThan(0);

    const states = await server.orm.em.getConnection().execute<{ state: string }[]>('select distinct state from grant_application order by state');
    expect(states.map((s) => s.state).length).toBeGreaterThanOrEqual(2);
  });

  it('links the resources to the documents themselves, and credits the white paper to the ministry, not the county', async () => {
    await seedDemoIfEmpty(server.orm, createLogger('silent'));
    const res = await server.gql<{ resources: { nodes: { title: string; url: string | null; publisher: string | null; organisation: { name: string } }[] } }>(
      `{ resources(first: 50) { nodes { title url publisher organisation { name } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.resources.nodes;
    // A link to a site's front page (nothing after the host) sends people hunting for the document.
    const links = nodes.filter((n) => n.url);
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const r of links) expect(['', '/'], `${r.title}: ${r.url}`).not.toContain(new URL(r.url!).pathname);
    // What the county registers from elsewhere is credited to whoever published it.
    for (const r of links.filter((n) => /fylkeskommune/i.test(n.organisation.name) && !/telemarkfylke\.no$/.test(new URL(n.url!).hostname))) expect(r.publisher, r.title).toBeTruthy();
    const whitePaper = nodes.find((n) => /Meld\. St\. 17/.test(n.title))!;
    expect(whitePaper.url).toMatch(/^https:\/\/www\.regjeringen\.no\/no\/dokumenter\/meld\.-st\.-17-20232024\//);
    expect(whitePaper.publisher).toBe('Arbeids- og inkluderingsdepartementet');
    expect(nodes.find((n) => /Veileder: Hvordan nå ut/.test(n.title))!.url).toMatch(/imdi\.no\/.+veileder/);
  });

  it('has last year’s TIIA round in follow-up: one final report approved and paid, one awaiting changes, one overdue', async () => {
    await seedDemoIfEmpty(server.orm, createLogger('silent'));
    const staff = await server.gql<{ accountLogin: { id: string } }>(`mutation { accountLogin(email: "kari.fylke@demo.samhandling.no", password: "${DEMO_PASSWORD}") { id } }`);
    const cookie = staff.setCookies.map((c) => c.split(';')[0]).join('; ');
    const [round] = await server.orm.em.getConnection().execute<{ id: string }[]>(`select id from grant_round where state = 'DECIDED'`);
    const res = await server.gql<{ grantRoundFollowUp: { awarded: number; paid: number; overdueReports: { award: { application: { title: string } } }[]; awards: { application: { title: string }; reports: { state: string }[]; payments: { state: string }[] }[] }; grantRoundResults: { participants: number; reportsApproved: number } }>(
      `query($r: ID!) { grantRoundFollowUp(roundId: $r) { awarded paid overdueReports { award { application { title } } } awards { application { title } reports { state } payments { state } } }
         grantRoundResults(roundId: $r) { participants reportsApproved } }`,
      { r: round!.id },
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    const f = res.data!.grantRoundFollowUp;
    expect(f.awards.map((a) => [a.application.title, a.reports.map((r) => r.state), a.payments.map((p) => p.state)])).toEqual([
      ['Leksehjelp og yrkesveiledning', ['DRAFT'], ['PAID', 'PLANNED']],
      ['Norsk på arbeidsplassen', ['APPROVED'], ['PAID', 'PAID']],
      ['Jobbmentor for ukrainske kvinner', ['CHANGES_REQUESTED'], ['PAID', 'PLANNED']],
    ]);
    expect(f.overdueReports.map((r) => r.award.application.title)).toEqual(['Leksehjelp og yrkesveiledning']);
    expect(f).toMatchObject({ awarded: 600_000, paid: 200_000 + 187_500 + 112_500 });
    expect(res.data!.grantRoundResults).toEqual({ participants: 52, reportsApproved: 1 });
  });

  it('has a settlement cycle for the 17 Telemark municipalities in the middle of its survey, and last year’s numbers, all example figures', async () => {
    await seedDemoIfEmpty(server.orm, createLogger('silent'));
    const year = new Date().getFullYear() + 1;
    // The public sees last year's published numbers only.
    const years = await server.gql<{ settlementYears: { year: number; isExample: boolean; numbersPublished: boolean; progress: { requested: number; rows: unknown[] } }[] }>(`{ settlementYears { year isExample numbersPublished progress { requested rows { requested } } } }`);
    expect(years.errors).toBeUndefined();
    expect(years.data!.settlementYears.map((y) => [y.year, y.isExample, y.numbersPublished])).toEqual([[year - 1, true, true]]);
    expect(years.data!.settlementYears[0]!.progress.rows).toHaveLength(17);
    const rows = await server.orm.em.getConnection().execute<{ state: string; count: string }[]>(
      `select r.state, count(*) from settlement_survey_response r join settlement_year y on y.id = r.year_id where y.year = ? and y.survey_state = 'OPEN' group by r.state order by r.state`,
      [year],
    );
    expect(Object.fromEntries(rows.map((r) => [r.state, Number(r.count)]))).toEqual({ DRAFT: 2, NOT_OPENED: 10, SUBMITTED: 5 });
    // The wheel's bodies that are on the platform take part, so the milestone reminders reach their people.
    const participants = await server.orm.em.getConnection().execute<{ title: string; names: string[] }[]>(
      `select m.title, array(select o.name from organisation o where o.id = any(m.participant_organisation_ids) order by o.name) as names
         from settlement_milestone m join settlement_year y on y.id = m.year_id where y.year = ? and m.month >= 9 order by m.month, m.title`,
      [year],
    );
    expect(participants.map((m) => [m.title, m.names])).toEqual([
      ['Fylkeskommunens anbefaling til IMDi', ['Integrerings- og mangfoldsdirektoratet (IMDi)', 'Telemark fylkeskommune']],
      ['Samarbeidsmøter om fordeling', ['Integrerings- og mangfoldsdirektoratet (IMDi)', 'KS Agenda Vestfold og Telemark', 'Telemark fylkeskommune']],
      ['Anmodningsbrev til kommunene', ['Integrerings- og mangfoldsdirektoratet (IMDi)', 'KS Agenda Vestfold og Telemark']],
      ['Svarfrist for kommunene', ['Porsgrunn kommune, flyktningtjenesten', 'Skien kommune, flyktningtjenesten']],
    ]);
  });
});
