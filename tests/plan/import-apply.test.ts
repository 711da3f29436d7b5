// Importing plans into a real store in a temp folder: previews write nothing, imports back up first,
// the same file twice changes nothing, and a corrected version keeps task numbers and completion records.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, previewImport } from '../../src/plan/import-plan.ts';
import { renderPreview } from '../../src/plan/preview.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Report } from '../../src/store/schema.ts';
import type { UnitDirectory } from '../../src/units/types.ts';
import { cliCtx, fingerprint, readAudit, readJson, tempDir } from '../store/helpers.ts';
import { bytesOf, group, plan, task, unit } from '../store/plan-builder.ts';

const at = new Date('2026-11-26T02:00:00Z');
const clock = () => at;

const DIRECTORY: UnitDirectory = {
  version: 1,
  units: [
    { name: '县司法局', kind: '部门', aliases: ['司法局'] },
    { name: '县卫生健康局', kind: '部门', aliases: ['县卫健局', '卫健局'] },
    { name: '青城镇', kind: '镇', aliases: [] },
    { name: '高城镇', kind: '镇', aliases: [] },
    { name: '田镇街道', kind: '街道', aliases: [] },
  ],
};

const V1 = plan([
  task(1, '全面推进基层政务公开标准化规范化工作，更新完善公开事项目录', [unit('县司法局', 'lead'), unit('县卫健局')]),
  task(2, '做好政府信息主动公开基本目录的动态调整，及时更新公开内容', [group('各镇')]),
  task(3, '加强政府网站和政务新媒体管理，确保信息发布安全准确', [unit('县卫生健康局')], { kind: 'ongoing' }),
]);

async function storeWithDirectory(dir = tempDir()) {
  const store = await openStore(dir, { clock });
  await store.updateDirectory(cliCtx, (d) => (d.units.push(...DIRECTORY.units), []));
  return store;
}

const report = (assignmentId: string): Report => ({ assignmentId, status: 'done', evidence: 'https://example.gov.cn/1', reportedBy: 'lisi', reportedAt: at.toISOString() });

describe('importing a new plan', () => {
  it('previews without writing anything, then stores tasks and one assignment per task × unit', async () => {
    const dir = tempDir();
    const store = await storeWithDirectory(dir);
    const before = fingerprint(dir);
    const p = previewImport(store, V1, { name: '要点.txt', bytes: bytesOf('v1') });
    expect(fingerprint(dir)).toEqual(before);
    expect(p.kind).toBe('new');
    expect(p.draft.assignments.map((a) => `${a.taskId} ${a.unit} ${a.role}`)).toEqual([
      'T1 县司法局 lead', 'T1 县卫生健康局 member', 'T2 青城镇 member', 'T2 高城镇 member', 'T3 县卫生健康局 member',
    ]);
    const text = renderPreview(p);
    expect(text).toContain('计划：高青县2024年政务公开工作要点（2024年）');
    expect(text).toContain('任务 3 项，责任单位 4 个，分配 5 条');
    expect(text).toContain('县卫生健康局 2项');
    expect(text).toMatch(/各镇 → 青城镇、高城镇（2个）/);
    expect(text).toMatch(/具体日期 2项[\s\S]*长期\/持续 1项/);

    const result = await applyImport(store, p, cliCtx, clock);
    expect(result.message).toMatch(/^已导入新计划 P1：任务 3 项，分配 5 条/);
    expect(store.plans().plans.map((x) => [x.id, x.version, x.tasks.map((t) => t.number)])).toEqual([['P1', 1, [1, 2, 3]]]);
    expect(store.plans().assignments.map((a) => a.id)).toContain('P1/T1/县卫生健康局');
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
    expect(readAudit(dir).map((e) => e.action)).toContain('plan.import');
  });

  it('builds the unit directory from the plan when there is none', async () => {
    const store = await openStore(tempDir(), { clock });
    const p = previewImport(store, plan([task(1, '更新目录', [unit('县司法局'), unit('县卫生健康局')])]), { name: 'a.txt', bytes: bytesOf('a') });
    expect(p.directoryBuilt).toBe(true);
    expect(p.newUnits.map((u) => u.name).sort()).toEqual(['县卫生健康局', '县司法局']);
    await applyImport(store, p, cliCtx, clock);
    expect(store.directory().units.map((u) => u.name).sort()).toEqual(['县卫生健康局', '县司法局']);
  });

  it('lists units it cannot resolve for review, with where they are, and assigns nothing for them', async () => {
    const store = await storeWithDirectory();
    const p = previewImport(store, plan([task(1, '重大决策预公开', [group('重大政策决策承办单位')]), task(2, '公开', [])]), { name: 'a.txt', bytes: bytesOf('a') });
    expect(p.draft.assignments).toEqual([]);
    expect(p.unresolved.map((u) => [u.taskId, u.where, u.text])).toEqual([['T1', '第4行', '重大政策决策承办单位'], ['T2', '第5行', '']]);
    expect(renderPreview(p)).toMatch(/需要核对（2处）：\n  责任单位「重大政策决策承办单位」：[^\n]*涉及 1 项任务：T1（第4行）\n  未写明责任单位：[^\n]*T2（第5行）/);
  });

  it('changes nothing when the same file is imported twice, and says so', async () => {
    const dir = tempDir();
    const store = await storeWithDirectory(dir);
    await applyImport(store, previewImport(store, V1, { name: '要点.txt', bytes: bytesOf('v1') }), cliCtx, clock);
    const before = fingerprint(dir);
    const again = previewImport(store, V1, { name: '要点-副本.txt', bytes: bytesOf('v1') });
    expect(again.kind).toBe('unchanged');
    expect(renderPreview(again)).toContain('这个文件已导入为 P1，不会有任何改动');
    const result = await applyImport(store, again, cliCtx, clock);
    expect(result.message).toBe('这个文件已经导入过（计划 P1），未做任何改动。');
    expect(fingerprint(dir)).toEqual(before);
  });

  it('numbers the tasks of a second plan after those of the first', async () => {
    const store = await storeWithDirectory();
    await applyImport(store, previewImport(store, V1, { name: 'a.txt', bytes: bytesOf('a') }), cliCtx, clock);
    const other = plan([task(1, '开展政务公开培训', [unit('县司法局')])], '高青县2025年政务公开工作要点', 2025);
    const r = await applyImport(store, previewImport(store, other, { name: 'b.txt', bytes: bytesOf('b') }), cliCtx, clock);
    expect(r.planId).toBe('P2');
    expect(store.plans().plans[1].tasks[0].number).toBe(4);
  });
});

describe('importing a corrected version of a plan', () => {
  async function importedWithReports() {
    const dir = tempDir();
    const store = await storeWithDirectory(dir);
    await applyImport(store, previewImport(store, V1, { name: 'v1.txt', bytes: bytesOf('v1') }), cliCtx, clock);
    await store.updateState({ actor: 'lisi', channel: 'bot', msgId: 'm1' }, (s) => {
      s.reports.push(report('P1/T1/县卫生健康局'), report('P1/T2/青城镇'), report('P1/T3/县卫生健康局'));
      return [];
    });
    return { dir, store };
  }

  const V2 = plan([
    task(1, V1.tasks[0].requirement, [unit('县司法局', 'lead'), unit('县卫健局')]),
    task(2, '做好政府信息主动公开基本目录的动态调整，及时更新公开内容和时限', [unit('高城镇')]),
    task(3, '组织开展政务公开专题培训', [unit('县司法局')]),
  ]);

  it('says what changes and which completion records are kept before writing', async () => {
    const { dir, store } = await importedWithReports();
    const before = fingerprint(dir);
    const p = previewImport(store, V2, { name: 'v2.txt', bytes: bytesOf('v2') });
    expect(fingerprint(dir)).toEqual(before);
    expect(p.kind).toBe('version');
    const text = renderPreview(p);
    expect(text).toContain('计划 P1 的新版本（第2版，替换 v1.txt）');
    expect(text).toContain('与上一版相比：新增 1 项，删除 1 项，修改 1 项，未变 1 项');
    expect(text).toMatch(/\+ 新增 任务4（第6行）组织开展政务公开专题培训/);
    expect(text).toMatch(/- 删除 任务3 加强政府网站/);
    expect(text).toMatch(/~ 修改 任务2（具体要求、责任单位）/);
    expect(text).toContain('完成记录：保留 1 条（任务和单位仍在），移除 2 条');
    expect(text).toContain('  - 任务2 青城镇：已完成，lisi 于 2026-11-26 报送\n  - 任务3 县卫生健康局：已完成，lisi 于 2026-11-26 报送');
  });

  it('keeps task numbers and the records of assignments that still exist', async () => {
    const { dir, store } = await importedWithReports();
    const r = await applyImport(store, previewImport(store, V2, { name: 'v2.txt', bytes: bytesOf('v2') }), cliCtx, clock);
    expect(r.message).toMatch(/^已更新计划 P1（第2版）.*保留完成记录 1 条，移除 2 条/);
    const p1 = store.plans().plans[0];
    expect(store.plans().plans).toHaveLength(1);
    expect(p1.version).toBe(2);
    expect(p1.tasks.map((t) => [t.id, t.number])).toEqual([['T1', 1], ['T2', 2], ['T4', 4]]);
    expect(store.plans().assignments.map((a) => a.id)).toEqual(['P1/T1/县司法局', 'P1/T1/县卫生健康局', 'P1/T2/高城镇', 'P1/T4/县司法局']);
    expect(store.state().reports.map((x) => x.assignmentId)).toEqual(['P1/T1/县卫生健康局']);
    const audit = readAudit(dir);
    expect(audit.filter((e) => e.action === 'report.drop').map((e) => e.before.assignmentId)).toEqual(['P1/T2/青城镇', 'P1/T3/县卫生健康局']);
    expect(audit.find((e) => e.action === 'plan.version')).toMatchObject({ before: { id: 'P1', version: 1 }, after: { id: 'P1', version: 2 } });
    // The backup made before this import holds version 1 and the three reports.
    const latest = readdirSync(join(dir, 'backups')).sort().at(-1)!;
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(2);
    expect(readJson(join(dir, 'backups', latest, 'plans.json')).plans[0].version).toBe(1);
    expect(readJson(join(dir, 'backups', latest, 'state.json')).reports).toHaveLength(3);
  });

  it('refuses a version in which no task was found, instead of deleting every task', async () => {
    const { dir, store } = await importedWithReports();
    const before = fingerprint(dir);
    const empty = previewImport(store, plan([]), { name: 'scan.txt', bytes: bytesOf('nothing') });
    await expect(applyImport(store, empty, cliCtx, clock)).rejects.toThrow('没有在 scan.txt 中找到任务，未导入。');
    expect(fingerprint(dir)).toEqual(before);
  });

  it('recognises the same plan under another title (the Excel task table of a Word plan) instead of doubling every task', async () => {
    const { store } = await importedWithReports();
    const table = plan([...V1.tasks.slice(0, 2), V2.tasks[2]], '2024年政务公开重点工作任务分解表', 2024);
    const p = previewImport(store, table, { name: '分解表.xlsx', bytes: bytesOf('xlsx') });
    expect(p.kind).toBe('version');
    expect(renderPreview(p)).toContain('标题与《高青县2024年政务公开工作要点》不同，但任务基本相同，视为同一计划');
    const unrelated = plan([task(1, '开展政务公开培训', [unit('县司法局')])], '另一个计划', 2024);
    expect(previewImport(store, unrelated, { name: 'o.txt', bytes: bytesOf('o') }).kind).toBe('new');
    const otherYear = plan(V1.tasks, '高青县2025年政务公开工作要点', 2025);
    expect(previewImport(store, otherYear, { name: 'y.txt', bytes: bytesOf('y') }).kind).toBe('new');
  });

  it('treats a re-saved file with the same content as unchanged', async () => {
    const { store } = await importedWithReports();
    const p = previewImport(store, structuredClone(V1), { name: 'v1-另存.txt', bytes: bytesOf('v1 re-saved') });
    expect(p.kind).toBe('unchanged');
    expect(p.unchangedReason).toBe('same-content');
  });

  it('recomputes when the store changed between preview and confirmation', async () => {
    const { store } = await importedWithReports();
    const stale = previewImport(store, V2, { name: 'v2.txt', bytes: bytesOf('v2') });
    const other = plan([task(1, '开展政务公开培训', [unit('县司法局')])], '另一个计划', 2024);
    await applyImport(store, previewImport(store, other, { name: 'o.txt', bytes: bytesOf('o') }), cliCtx, clock);
    const r = await applyImport(store, stale, cliCtx, clock);
    expect(r.planId).toBe('P1');
    // Task numbers 4 went to the other plan meanwhile: the new task gets the next free one.
    expect(store.plans().plans[0].tasks.map((t) => t.number)).toEqual([1, 2, 5]);
    expect(existsSync(store.dataDir)).toBe(true);
  });
});
