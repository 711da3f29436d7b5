// A genuine .docx whose 责任单位 cells carry role marks (variant 40): the units each task is assigned
// to are the ones the cell names, with the lead kept, and no unit made from a role phrase.
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../src/plan/index.ts';

const FILE = new URL('../fixtures/variants/40-unit-role-marks.docx', import.meta.url).pathname;
const show = (units: { name: string; role: string; group: boolean }[]) =>
  units.map((u) => `${u.name}${u.role === 'lead' ? '(牵头)' : ''}${u.group ? '[组]' : ''}`);

describe('unit cells with role marks in a Word table', () => {
  it('assigns each task to the units named, lead first as marked', async () => {
    const plan = await parsePlanFile(FILE);
    expect(plan.tasks.map((t) => show(t.units))).toEqual([
      ['县司法局(牵头)', '县财政局', '县审计局'],
      ['县政府办公室(牵头)', '县直各部门[组]'],
      ['县政府办公室(牵头)', '县大数据中心'],
    ]);
  });
});
