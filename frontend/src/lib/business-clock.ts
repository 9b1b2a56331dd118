import { useApiQuery } from './use-api';

/**
 * The one business clock (`GET /api/clock`): the application's time and the calendar day in the zone BIS counts
 * processing days in (US Eastern). Every business date a page shows comes from it, never from the browser's clock.
 */
export type BusinessDay = { now: string; today: string; zone: string };

/** The business day as the server tells it; null while it is being read. */
export function useBusinessDay(): BusinessDay | null {
  const clock = useApiQuery<BusinessDay>('/api/clock');
  return clock.status === 'loaded' ? clock.data : null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** A calendar day (YYYY-MM-DD) in words: "7 December 2026". */
export function formatDay(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) {
    return isoDate;
  }
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in the zone. */
export function dayInZone(instant: string, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(instant));
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The day an instant falls on in the business clock's zone, in words. */
export function formatInstant(instant: string, clock: Pick<BusinessDay, 'zone'>): string {
  return formatDay(dayInZone(instant, clock.zone));
}

/** Whole calendar days from one day (YYYY-MM-DD) to another; negative if `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const utc = (isoDate: string) => {
    const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** Calendar days since the instant, counted in the business clock's days (0 on the day itself). */
export function daysSince(instant: string, clock: BusinessDay): number {
  return daysBetween(dayInZone(instant, clock.zone), clock.today);
}

/** An instant as the day and time it was in the business clock's zone: "7 December 2026, 22:30 (US Eastern)". */
export function formatMoment(instant: string, clock: Pick<BusinessDay, 'zone'>): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: clock.zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(instant));
  return `${formatInstant(instant, clock)}, ${time}${clock.zone === 'America/New_York' ? ' (US Eastern)' : ` (${clock.zone})`}`;
}
