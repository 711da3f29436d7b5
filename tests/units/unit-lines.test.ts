import { describe, expect, it } from 'vitest';
import { separateUnitLines } from '../../src/units/unit-lines.ts';

describe('a unit cell written one unit per line', () => {
  it('keeps the names apart with 「、」 so previews stay readable', () => {
    expect(separateUnitLines('县商务局\n县文化和旅游局')).toBe('县商务局、县文化和旅游局');
    expect(separateUnitLines('县司法局（牵头）\n县财政局\n县审计局')).toBe('县司法局（牵头）、县财政局、县审计局');
  });

  it('joins a name wrapped mid-word and leaves written punctuation alone', () => {
    expect(separateUnitLines('县发展改\n革局、县 财政局')).toBe('县发展改革局、县财政局');
    expect(separateUnitLines('县公安局\n交警大队')).toBe('县公安局、交警大队');
    expect(separateUnitLines('县公安局\n开发区分局')).toBe('县公安局开发区分局');
    expect(separateUnitLines('县财政局\n，县审计局')).toBe('县财政局，县审计局');
    expect(separateUnitLines('')).toBe('');
  });
});
