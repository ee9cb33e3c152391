import { describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { testServerForFile } from '../../../test/test-server.js';
import { EventStatus } from './event.entity.js';
import { EVENT_TRANSITIONS, eventEditable, eventMay } from './event.states.js';

describe('the event transition table', () => {
  it('publishes drafts only, cancels until cancelled, and a cancelled event is final', () => {
    expect(EVENT_TRANSITIONS).toEqual({ DRAFT: { PUBLISHED: 'publish', CANCELLED: 'cancel' }, PUBLISHED: { CANCELLED: 'cancel' }, CANCELLED: {} });
    expect(Object.values(EventStatus).map((status) => [status, eventMay({ status }, 'publish'), eventMay({ status }, 'cancel'), eventEditable({ status })])).toEqual([
      ['DRAFT', true, true, true],
      ['PUBLISHED', false, true, true],
      ['CANCELLED', false, false, false],
    ]);
  });
});

const server = testServerForFile();
const make = factories(server);

describe("an event's moves over the API", () => {
  it('offers in viewerCan exactly what the mutations allow, at each status', async () => {
    const organiser = await make.user();
    const org = await make.organisation({ members: [organiser], verified: true });
    const cookie = await make.cookieFor(organiser);
    const year = new Date().getFullYear() + 1;
    const created = await server.gql<{ eventCreate: { id: string } }>(
      `mutation($i: EventInput!) { eventCreate(input: $i) { id } }`,
      { i: { organisationId: org.id, title: 'Nettverkssamling', kind: 'SEMINAR', mode: 'IN_PERSON', venueName: 'Skien', startsAt: `${year}-04-10T09:00`, endsAt: `${year}-04-10T12:00` } },
      { cookie },
    );
    const id = created.data!.eventCreate.id;
    const can = async () => (await server.gql<{ event: { viewerCan: Record<string, boolean> } }>(`query($id: ID!) { event(id: $id) { viewerCan { publish edit cancel addMaterials } } }`, { id }, { cookie })).data!.event.viewerCan;
    const call = (mutation: string, args = '') => server.gql(`mutation($id: ID!) { ${mutation}(${args || 'id: $id'}) { status } }`, { id }, { cookie });
    const refused = (res: { errors?: { message: string }[] }) => res.errors?.[0]?.message;

    expect(await can()).toEqual({ publish: true, edit: true, cancel: true, addMaterials: false });
    expect(refused(await call('eventAttachMaterials', 'eventId: $id, materials: "Lysark"'))).toBe('event/not_published');

    expect((await call('eventPublish')).errors).toBeUndefined();
    expect(await can()).toEqual({ publish: false, edit: true, cancel: true, addMaterials: true });
    expect(refused(await call('eventPublish'))).toBe('event/not_draft');
    expect((await call('eventAttachMaterials', 'eventId: $id, materials: "Lysark"')).errors).toBeUndefined();

    expect((await call('eventCancel')).errors).toBeUndefined();
    expect(await can()).toEqual({ publish: false, edit: false, cancel: false, addMaterials: false });
    expect(refused(await call('eventCancel'))).toBe('event/cancelled');
    expect(refused(await server.gql(`mutation($id: ID!) { eventUpdate(id: $id, input: { title: "Nytt navn" }) { id } }`, { id }, { cookie }))).toBe('event/cancelled');
  });
});
