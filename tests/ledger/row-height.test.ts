import { describe, expect, it } from 'vitest';
import { linesNeeded, rowHeight } from '../../src/ledger/row-height.ts';

describe('row heights for wrapped text', () => {
  it('gives a long Chinese requirement as many lines as it needs, and a short row one line', () => {
    const requirement = '公开'.repeat(60); // 120 characters, about 228 units
    expect(linesNeeded(requirement, 60)).toBe(4);
    expect(linesNeeded('第一行\n第二行', 60)).toBe(2);
    expect(rowHeight(['1', '短'], [7, 60])).toBe(19);
    expect(rowHeight(['1', requirement], [7, 60])).toBe(64);
  });
});
