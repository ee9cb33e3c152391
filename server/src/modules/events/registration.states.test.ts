import { describe, expect, it } from 'vitest';
import { EventStatus } from './event.entity.js';
import { registrationRefusal, registrationWindow, RegistrationWindow } from './registration.states.js';

const startsAt = new Date('2027-05-10T07:00:00Z');
const opensAt = new Date('2027-04-01T07:00:00Z');
const closesAt = new Date('2027-05-08T20:00:00Z');
const event = (over: Partial<Parameters<typeof registrationRefusal>[0]> = {}) => ({ status: EventStatus.PUBLISHED, registrationRequired: true, registrationOpensAt: opensAt, registrationClosesAt: closesAt, startsAt, ...over });
const at = (d: Date, ms = 0) => new Date(d.getTime() + ms);

describe('the "registration is open" rule', () => {
  it('opens at registrationOpensAt and closes after registrationClosesAt, to the millisecond', () => {
    expect(registrationRefusal(event(), at(opensAt, -1))).toBe('event/registration_not_open');
    expect(registrationRefusal(event(), opensAt)).toBeNull();
    expect(registrationRefusal(event(), closesAt)).toBeNull();
    expect(registrationRefusal(event(), at(closesAt, 1))).toBe('event/registration_closed');
    expect([at(opensAt, -1), opensAt, at(closesAt, 1)].map((now) => registrationWindow(event(), now))).toEqual([RegistrationWindow.NOT_YET_OPEN, RegistrationWindow.OPEN, RegistrationWindow.CLOSED]);
  });

  it('without a window: open from publication until the event starts', () => {
    const open = event({ registrationOpensAt: null, registrationClosesAt: null });
    expect(registrationRefusal(open, new Date('2020-01-01T00:00:00Z'))).toBeNull();
    expect(registrationRefusal(open, startsAt)).toBeNull();
    expect(registrationRefusal(open, at(startsAt, 1))).toBe('event/registration_closed');
  });

  it('nothing to register for in a draft, a cancelled event or one without registration', () => {
    const now = at(opensAt, 1000);
    expect(registrationRefusal(event({ status: EventStatus.DRAFT }), now)).toBe('event/not_found');
    expect(registrationRefusal(event({ status: EventStatus.CANCELLED }), now)).toBe('event/cancelled');
    expect(registrationRefusal(event({ registrationRequired: false }), now)).toBe('event/no_registration');
    for (const e of [event({ status: EventStatus.DRAFT }), event({ status: EventStatus.CANCELLED }), event({ registrationRequired: false })]) expect(registrationWindow(e, now)).toBe(RegistrationWindow.NONE);
  });
});
