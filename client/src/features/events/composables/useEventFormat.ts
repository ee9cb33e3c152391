import { useI18n } from 'vue-i18n';
import { osloRange } from '../lib/osloTime';

export interface SeatCounts {
  registrationRequired: boolean;
  mode?: string;
  capacity?: number | null;
  confirmedCount: number;
  waitlistCount: number;
  onlineCapacity?: number | null;
  onlineConfirmedCount?: number;
  onlineWaitlistCount?: number;
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

  function pool(capacity: number | null | undefined, confirmed: number, waitlist: number): string {
    const left = seatsLeft({ capacity, confirmedCount: confirmed });
    if (left == null) return t('events.seats.unlimited', { confirmed }, confirmed);
    if (left > 0) return t('events.seats.left', { left, capacity }, left);
    return t('events.seats.full', { waitlist }, waitlist);
  }

  /** The seats as a sentence; a HYBRID event's room and online places apart. */
  function seats(e: SeatCounts): string {
    if (!e.registrationRequired) return t('events.seats.noRegistration');
    const room = pool(e.capacity, e.confirmedCount, e.waitlistCount);
    if (e.mode !== 'HYBRID') return room;
    const online = pool(e.onlineCapacity, e.onlineConfirmedCount ?? 0, e.onlineWaitlistCount ?? 0);
    const lower = (s: string) => s.charAt(0).toLocaleLowerCase(locale.value) + s.slice(1);
    return t('events.seats.hybrid', { room: lower(room), online: lower(online) });
  }

  return { when, seats };
}
