import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.ts';
import { buildDirectoryFromPlan, loadDirectory, mergeDirectory, saveDirectory } from '../../src/units/directory.ts';
import { parseUnitsText } from '../../src/units/parse-units.ts';
import type { UnitDirectory } from '../../src/units/types.ts';

function planOf(...cells: string[]): Plan {
  const tasks = cells.map((unitsText, i) => ({
    id: `T${i + 1}`, no: null, category: [], requirement: `任务${i + 1}`, unitsText,
    units: parseUnitsText(unitsText), deadlineText: null, deadline: { kind: 'none' as const }, where: `第${i + 1}行`,
  }));
  return { title: '测试', year: 2020, tasks, warnings: [] };
}

describe('building a directory from a plan', () => {
  it('lists each single unit once, guesses its kind and leaves groups out', () => {
    const dir = buildDirectoryFromPlan(planOf(
      '经济开发区、台湾工业园、田镇街道办、青城镇、县发改局、县供电公司',
      '各镇、街道，县直各部门、单位，县发展改革局、石桥乡人民政府',
    ));
    expect(dir.units.map((u) => [u.name, u.kind])).toEqual([
      ['经济开发区', '开发区'], ['台湾工业园', '开发区'], ['田镇街道', '街道'], ['青城镇', '镇'],
      ['县发展改革局', '部门'], ['县供电公司', '其他'], ['石桥乡', '镇'],
    ]);
    expect(dir.units.find((u) => u.name === '县发展改革局')?.aliases).toContain('县发改局');
  });
});

describe('merging a plan into an edited directory', () => {
  const edited: UnitDirectory = {
    version: 1,
    units: [{ name: '县卫生健康局', kind: '部门', aliases: ['卫健委'] }, { name: '台湾工业园', kind: '其他', aliases: [] }],
  };

  it('adds only units it does not know under any spelling and keeps the edits', () => {
    const incoming = buildDirectoryFromPlan(planOf('县卫健局、台湾工业园、县司法局'));
    const { directory, added } = mergeDirectory(edited, incoming);
    expect(added.map((u) => u.name)).toEqual(['县司法局']);
    expect(directory.units[0]).toEqual(edited.units[0]);
    expect(directory.units[1].kind).toBe('其他');
    expect(directory.units).toHaveLength(3);
  });
});

describe('units.json on disk', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'units-'))));
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('round-trips a directory and reads a missing file as null', async () => {
    const path = join(dir, 'units.json');
    expect(await loadDirectory(path)).toBeNull();
    const d: UnitDirectory = { version: 1, units: [{ name: '县司法局', kind: '部门', aliases: ['司法局'] }] };
    await saveDirectory(path, d);
    expect(await loadDirectory(path)).toEqual(d);
    expect(await readFile(path, 'utf8')).toContain('\n  "units"'); // readable for hand edits
  });

  it('rejects a broken file with a Chinese message naming it', async () => {
    const path = join(dir, 'units.json');
    await writeFile(path, '{"version":1,"units":[{"name":"县司法局",}]}');
    await expect(loadDirectory(path)).rejects.toThrow(/单位目录.*不是有效的 JSON/);
    await writeFile(path, '{"version":1,"units":[{"name":"县司法局","kind":"科室"}]}');
    await expect(loadDirectory(path)).rejects.toThrow(/单位目录.*格式不对：units\.0\.kind/);
  });
});
