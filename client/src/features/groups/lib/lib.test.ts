import { describe, expect, it } from 'vitest';
import { formatDateTime, osloEndOfDay } from './format';
import { mergeMessages } from './messages';
import { matchCandidates, mentionMarkup, parseMentions } from './mentions';
import { notificationLink, notificationParams, notificationTextKey } from './notifications';

const details = {
  __typename: 'NotificationDetails' as const,
  actorName: 'Omar',
  groupId: 'g1',
  groupName: 'Frivillighet Skien',
  threadId: 't1',
  threadTitle: 'Språkkafé',
  messageId: 'm1',
  excerpt: 'Hei',
  announcementId: null,
  title: null,
  eventId: null,
  startsAt: null,
  activityId: null,
  accepted: null,
  applicationId: null,
  roundId: null,
  settlementYearId: null,
  municipalityNumber: null,
  milestoneId: null,
};

describe('format', () => {
  it('shows instants in Oslo time', () => {
    expect(formatDateTime('2026-01-15T11:30:00Z', 'nb')).toContain('12:30');
    expect(formatDateTime('2026-07-15T11:30:00Z', 'en')).toContain('13:30');
  });
  it('ends an Oslo day at local midnight, summer and winter', () => {
    expect(osloEndOfDay('2026-01-15')).toBe('2026-01-15T23:00:00.000Z');
    expect(osloEndOfDay('2026-07-15')).toBe('2026-07-15T22:00:00.000Z');
    expect(osloEndOfDay('15.01.2026')).toBeNull();
  });
});

describe('mergeMessages', () => {
  it('merges by id, oldest first, the newer version winning', () => {
    const a = { id: 'a', createdAt: '2026-01-01T10:00:00Z', body: 'a' };
    const b = { id: 'b', createdAt: '2026-01-01T11:00:00Z', body: 'b' };
    const b2 = { ...b, body: 'edited' };
    expect(mergeMessages([b], [a, b2])).toEqual([a, b2]);
  });
});

describe('mentions', () => {
  it('writes the mention syntax', () => {
    expect(mentionMarkup('Kari [Fylke]', 'u1')).toBe('@[Kari Fylke](user:u1)');
  });
  it('splits markup into text and mentions, so an editor shows chips, not the markup', () => {
    const id = '2f1c7a3e-8d4b-4c2a-9e1f-0a1b2c3d4e5f';
    expect(parseMentions(`Hei @[Ingrid Dahl](user:${id}), ser deg!\nHilsen`)).toEqual([
      { kind: 'text', text: 'Hei ' },
      { kind: 'mention', name: 'Ingrid Dahl', userId: id },
      { kind: 'text', text: ', ser deg!\nHilsen' },
    ]);
    expect(parseMentions('Ingen her')).toEqual([{ kind: 'text', text: 'Ingen her' }]);
  });
  it('suggests members whose name or a word of it starts with what was typed, accents and case aside', () => {
    const people = [
      { id: '1', name: 'Ingrid Dahl' },
      { id: '2', name: 'Olena Kovalenko' },
      { id: '3', name: 'Åse Inger Berg' },
    ];
    expect(matchCandidates(people, 'In').map((p) => p.name)).toEqual(['Ingrid Dahl', 'Åse Inger Berg']);
    expect(matchCandidates(people, 'ase').map((p) => p.name)).toEqual(['Åse Inger Berg']);
    expect(matchCandidates(people, 'x')).toEqual([]);
    expect(matchCandidates(people, '')).toHaveLength(3);
  });
});

describe('notifications', () => {
  it('links to the thread, event or activity', () => {
    expect(notificationLink(details)).toBe('/grupper/g1/traader/t1');
    expect(notificationLink({ ...details, groupId: null, threadId: null, eventId: 'e1' })).toBe('/arrangementer/e1');
    expect(notificationLink({ ...details, groupId: null, threadId: null, activityId: 'a1' })).toBe('/aktiviteter/a1');
    expect(notificationLink({ ...details, groupId: null, threadId: null })).toBeNull();
  });
  it('links grant notifications to the application, its decision letter, or the round', () => {
    const grant = { ...details, groupId: null, threadId: null, applicationId: 'app1' };
    expect(notificationLink(grant, 'GRANT_MORE_INFO')).toBe('/tilskudd/soknader/app1');
    expect(notificationLink(grant, 'GRANT_DECISION')).toBe('/tilskudd/soknader/app1/vedtak');
    expect(notificationLink({ ...details, groupId: null, threadId: null, roundId: 'r1' }, 'GRANT_DEADLINE')).toBe('/tilskudd/runder/r1');
    expect(notificationLink({ ...details, groupId: null, threadId: null, settlementYearId: 'y1', municipalityNumber: '4003' }, 'SETTLEMENT_SURVEY_DEADLINE')).toBe('/bosetting/y1/kartlegging/4003');
    expect(notificationLink({ ...details, groupId: null, threadId: null, settlementYearId: 'y1', milestoneId: 'm1' }, 'SETTLEMENT_MILESTONE')).toBe('/bosetting/y1');
  });
  it('links the follow-up of an award (answering it, its reports) to the follow-up page', () => {
    const grant = { ...details, groupId: null, threadId: null, applicationId: 'app1' };
    for (const type of ['GRANT_ACCEPTANCE_DUE', 'GRANT_REPORT_DUE', 'GRANT_REPORT_OVERDUE', 'GRANT_REPORT_CHANGES']) expect(notificationLink(grant, type)).toBe('/tilskudd/soknader/app1/oppfolging');
  });
  it('fills the texts without "undefined"', () => {
    const params = notificationParams({ ...details, actorName: null }, () => 'x');
    expect(params.actor).toBe('');
    expect(params.title).toBe('Språkkafé');
    expect(notificationTextKey('VOLUNTEER_ANSWERED', { ...details, accepted: true })).toBe('groups.inbox.types.VOLUNTEER_ANSWERED.accepted');
    expect(notificationTextKey('MENTION', details)).toBe('groups.inbox.types.MENTION.text');
  });
});

