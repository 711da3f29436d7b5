import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, daysToSunday } from '../../src/time/china.ts';

describe('China calendar dates', () => {
  it('counts the days to the Sunday that ends the week, 0 on a Sunday', () => {
    expect(daysToSunday('2026-11-23')).toBe(6); // Monday
    expect(daysToSunday('2026-11-26')).toBe(3); // Thursday
    expect(daysToSunday('2026-11-29')).toBe(0); // Sunday
  });

  it('adds days across months, years and a leap day, and back', () => {
    expect(addDays('2026-11-26', 3)).toBe('2026-11-29');
    expect(addDays('2026-12-30', 5)).toBe('2027-01-04');
    expect(addDays('2028-02-27', 2)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-11-26', addDays('2026-11-26', 40))).toBe(40);
  });
});
