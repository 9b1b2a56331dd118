import { describe, expect, it } from 'vitest';

import { dayInZone, daysBetween, daysSince, formatDay, formatInstant, formatMoment } from './business-clock';

const eastern = { now: '2026-12-08T03:30:00Z', today: '2026-12-07', zone: 'America/New_York' };

describe('The business clock', () => {
  it('writes a day in words', () => {
    expect(formatDay('2026-12-07')).toBe('7 December 2026');
    expect(formatDay('2027-01-31')).toBe('31 January 2027');
  });

  it('puts an instant on the US Eastern day it falls on, not the UTC day', () => {
    // 03:30 UTC on 8 December is still 22:30 on 7 December in New York
    expect(dayInZone('2026-12-08T03:30:00Z', 'America/New_York')).toBe('2026-12-07');
    expect(formatInstant('2026-12-08T03:30:00Z', eastern)).toBe('7 December 2026');
    expect(dayInZone('2026-07-01T04:30:00Z', 'America/New_York')).toBe('2026-07-01');
    expect(formatMoment('2026-12-08T03:30:00Z', eastern)).toBe('7 December 2026, 22:30 (US Eastern)');
  });

  it('counts days since registration by the server\'s today, never the browser\'s', () => {
    expect(daysSince('2026-12-07T15:00:00Z', eastern)).toBe(0);
    expect(daysSince('2026-12-02T15:00:00Z', eastern)).toBe(5);
    // registered late on 1 December Eastern (already 2 December in UTC): six days
    expect(daysSince('2026-12-02T02:00:00Z', eastern)).toBe(6);
  });

  it('counts calendar days across a change of daylight saving time and of year', () => {
    expect(daysBetween('2026-11-01', '2026-11-02')).toBe(1);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
  });
});
