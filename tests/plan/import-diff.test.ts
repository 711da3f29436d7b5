import { describe, expect, it } from 'vitest';
import { diffTasks } from '../../src/plan/plan-diff.ts';
import type { StoredTask } from '../../src/store/schema.ts';
import { task, unit } from '../store/plan-builder.ts';

const stored = (n: number, number: number, req: string, units = [unit('县司法局')]): StoredTask => ({ ...task(n, req, units), number });

const OLD = [
  stored(1, 11, '全面推进基层政务公开标准化规范化工作，更新完善公开事项目录'),
  stored(2, 12, '做好政府信息主动公开基本目录的动态调整，及时更新公开内容'),
  stored(3, 13, '加强政府网站和政务新媒体管理，确保信息发布安全准确'),
];

describe('matching the tasks of a corrected version', () => {
  it('keeps every task when only one requirement was corrected a little', () => {
    const after = [
      task(1, OLD[0].requirement, [unit('县司法局')]),
      task(2, '做好政府信息主动公开基本目录的动态调整，及时更新公开内容和公开时限', [unit('县司法局')]),
      task(3, OLD[2].requirement, [unit('县司法局')]),
    ];
    const d = diffTasks(OLD, after);
    expect([...d.matches].map(([id, s]) => [id, s.number]).sort()).toEqual([['T1', 11], ['T2', 12], ['T3', 13]]);
    expect(d.changed.map((c) => [c.before.number, c.fields])).toEqual([[12, ['具体要求']]]);
    expect(d.unchanged).toBe(2);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
  });

  it('follows a task that moved to another 序号 when its text is the same', () => {
    const after = [task(1, OLD[2].requirement, [unit('县司法局')]), task(2, OLD[0].requirement, [unit('县司法局')])];
    const d = diffTasks(OLD, after);
    expect(d.matches.get('T1')?.number).toBe(13);
    expect(d.matches.get('T2')?.number).toBe(11);
    expect(d.removed.map((t) => t.number)).toEqual([12]);
    expect(d.changed.map((c) => c.fields)).toEqual([['序号'], ['序号']]);
  });

  it('treats a different task under the same 序号 as removed and added, not as changed', () => {
    const after = [...OLD.slice(0, 2).map((t, i) => task(i + 1, t.requirement, t.units)), task(3, '组织开展政务公开培训，提升工作人员业务能力', [unit('县司法局')])];
    const d = diffTasks(OLD, after);
    expect(d.removed.map((t) => t.number)).toEqual([13]);
    expect(d.added.map((t) => t.id)).toEqual(['T3']);
  });

  it('notices changed units and deadlines', () => {
    const after = [
      task(1, OLD[0].requirement, [unit('县司法局'), unit('县财政局')]),
      task(2, OLD[1].requirement, [unit('县司法局')], { kind: 'ongoing' }),
      task(3, OLD[2].requirement, [unit('县司法局')]),
    ];
    expect(diffTasks(OLD, after).changed.map((c) => [c.before.number, c.fields])).toEqual([[11, ['责任单位']], [12, ['时限']]]);
  });
});
