import { useI18n } from 'vue-i18n';
import { osloRange } from '../lib/osloTime';

export interface SeatCounts {
  registrationRequired: boolean;
  capacity?: number | null;
  confirmedCount: number;
  waitlistCount: number;
}

/** Seats left, worked out from the (live) confirmed count; null when unlimited. */
export function seatsLeft(e: Pick<SeatCounts, 'capacity' | 'confirmedCount'>): number | null {
  return e.capacity == null ? null : Math.max(0, e.capacity - e.confirmedCount);
}

/** Translated sentences for an event's time and seats. */
export function useEventFormat() {
  const { t, locale } = useI18n();

  /** "tirsdag 12. mai 2026 kl. 12.00–13.30" in Oslo time. */
  function when(startsAt: string, endsAt: string): string {
    const r = osloRange(startsAt, endsAt, locale.value);
    return r.sameDay ? t('events.time.sameDay', { ...r }) : t('events.time.range', { ...r });
  }

  function seats(e: SeatCounts): string {
    if (!e.registrationRequired) return t('events.seats.noRegistration');
    const left = seatsLeft(e);
    if (left == null) return t('events.seats.unlimited', { confirmed: e.confirmedCount }, e.confirmedCount);
    if (left > 0) return t('events.seats.left', { left, capacity: e.capacity }, left);
    return t('events.seats.full', { waitlist: e.waitlistCount }, e.waitlistCount);
  }

  return { when, seats };
}
