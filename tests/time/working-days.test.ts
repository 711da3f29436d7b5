import { describe, expect, it } from 'vitest';
import { addWorkingDays, hasHolidayData, isWorkingDay, workingDaysBetween } from '../../src/time/working-days.ts';

describe('working days on the Chinese calendar', () => {
  it('treats the 2025 National Day week as rest and its make-up Sunday and Saturday as work', () => {
    for (let d = 1; d <= 8; d++) expect(isWorkingDay(`2025-10-0${d}`)).toBe(false);
    expect(isWorkingDay('2025-09-28')).toBe(true); // Sunday, make-up day
    expect(isWorkingDay('2025-10-11')).toBe(true); // Saturday, make-up day
    expect(isWorkingDay('2025-10-12')).toBe(false); // ordinary Sunday
    expect(isWorkingDay('2025-10-09')).toBe(true);
  });

  it('knows the 2024 Spring Festival and its make-up Sundays', () => {
    expect(isWorkingDay('2024-02-04')).toBe(true);
    expect(isWorkingDay('2024-02-12')).toBe(false); // Monday in the holiday
    expect(isWorkingDay('2024-02-18')).toBe(true);
    expect(isWorkingDay('2024-09-29')).toBe(true);
    expect(isWorkingDay('2024-10-07')).toBe(false);
  });

  it('knows the 2026 Spring Festival', () => {
    expect(isWorkingDay('2026-02-14')).toBe(true); // Saturday, make-up day
    expect(isWorkingDay('2026-02-16')).toBe(false);
    expect(isWorkingDay('2026-02-23')).toBe(false); // Monday, still holiday
    expect(isWorkingDay('2026-02-24')).toBe(true);
    expect(isWorkingDay('2026-02-28')).toBe(true);
  });

  it('counts forward across a holiday, landing on a make-up day when due', () => {
    expect(addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    expect(addWorkingDays('2025-09-30', 2)).toBe('2025-10-10');
    expect(addWorkingDays('2025-09-30', 3)).toBe('2025-10-11');
    expect(addWorkingDays('2025-10-09', -1)).toBe('2025-09-30');
    expect(addWorkingDays('2025-10-04', 0)).toBe('2025-10-04');
  });

  it('20 working days from the day before the 2025 National Day reach 3 November', () => {
    // 9/30 → 10/9,10,11(make-up),13,14,15,16,17 (8), 20–24 (13), 27–31 (18), 11/3, 11/4 (20)
    expect(addWorkingDays('2025-09-30', 20)).toBe('2025-11-04');
  });

  it('counts working days between two dates, either way round', () => {
    expect(workingDaysBetween('2025-09-30', '2025-10-09')).toBe(1);
    expect(workingDaysBetween('2025-10-09', '2025-09-30')).toBe(-1);
    expect(workingDaysBetween('2025-09-26', '2025-10-11')).toBe(6); // 9/28, 9/29, 9/30, 10/9, 10/10, 10/11
    expect(workingDaysBetween('2025-10-01', '2025-10-01')).toBe(0);
    const a = '2024-01-15';
    const b = addWorkingDays(a, 37);
    expect(workingDaysBetween(a, b)).toBe(37);
  });

  it('falls back to Monday–Friday for years without holiday data and says so', () => {
    expect(hasHolidayData(2025)).toBe(true);
    expect(hasHolidayData(2026)).toBe(true);
    expect(hasHolidayData(2099)).toBe(false);
    expect(isWorkingDay('2099-01-01')).toBe(true); // a Thursday; no New Year holiday known
    expect(isWorkingDay('2099-01-03')).toBe(false); // a Saturday
  });

  it('does not depend on the server time zone', () => {
    // Tests run with TZ=America/New_York; the package's own date functions get 2025-09-28 wrong there.
    expect(isWorkingDay('2025-09-28')).toBe(true);
    expect(isWorkingDay('2027-02-08')).toBe(true); // a Monday
  });

  it('rejects malformed dates', () => {
    expect(() => isWorkingDay('2025/10/01')).toThrow();
  });
});
