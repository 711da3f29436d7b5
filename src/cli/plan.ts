// `plan parse|import|list|show`: the admin's way to bring a plan document into the store and look at
// what the bot will work from. Parsing and checks happen before the store is opened, so a bad file
// never touches the data folder.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../errors.ts';
import { checkPlanFile } from '../plan/check-plan-file.ts';
import { describeDeadline } from '../plan/describe-deadline.ts';
import { applyImport, previewImport } from '../plan/import-plan.ts';
import { parsePlan } from '../plan/parse-plan.ts';
import { readPlanBytes } from '../plan/read-plan-file.ts';
import { renderPreview } from '../plan/preview.ts';
import type { Plan } from '../plan/types.ts';
import { dataDirFromEnv, openStore } from '../store/open-store.ts';
import type { StoredPlan } from '../store/schema.ts';
import type { Store } from '../store/store.ts';
import { chinaDate, inChina } from '../time/china.ts';
import type { CliIo } from './main.ts';

export function registerPlanCommands(program: Command, io: CliIo): void {
  const plan = program.command('plan').description('工作计划：解析、导入、查看');
  const readOnly = () => openStore(dataDirFromEnv(io.env), { create: false });

  plan.command('parse <file>')
    .description('解析计划文件，预览任务表和导入效果（不写入）')
    .option('--json', '只输出解析出的任务表 JSON（title、year、tasks、warnings）')
    .action(async (file: string, opts: { json?: boolean }) => {
      const { plan: parsed, bytes } = await readPlan(inputPath(io, file));
      if (opts.json) return io.out(JSON.stringify(parsed, null, 2) + '\n');
      if (parsed.tasks.length === 0) throw new UserError(noTasks(file, parsed));
      io.out(renderPreview(previewImport(await readOnly(), parsed, { name: basename(file), bytes })));
    });

  plan.command('import <file>')
    .description('导入计划：先显示预览，确认后写入（导入前自动备份数据）')
    .option('-y, --yes', '不再询问，直接导入（用于脚本）')
    .action(async (file: string, opts: { yes?: boolean }) => {
      const { plan: parsed, bytes } = await readPlan(inputPath(io, file));
      if (parsed.tasks.length === 0) throw new UserError(noTasks(file, parsed));
      const store = await readOnly();
      const preview = previewImport(store, parsed, { name: basename(file), bytes });
      io.out(renderPreview(preview) + '\n');
      if (preview.kind !== 'unchanged' && !opts.yes) {
        if (!io.interactive) throw new UserError('没有确认导入：当前不是交互终端，无法询问。确认预览无误后，请加 --yes 重新运行。');
        const answer = (await io.ask('确认导入？(y/N) ')).trim().toLowerCase();
        if (answer !== 'y' && answer !== 'yes') return io.out('已取消，数据没有任何改动。\n');
      }
      const result = await applyImport(store, preview, { actor: io.env.USER ?? 'cli', channel: 'cli', msgId: null });
      await store.close();
      io.out(result.message + '\n');
    });

  plan.command('list')
    .description('列出已导入的计划')
    .action(async () => {
      const store = await readOnly();
      const plans = store.plans().plans;
      if (plans.length === 0) return io.out('还没有导入任何计划。用 plan import <文件> 导入。\n');
      for (const p of plans) io.out(planLine(store, p) + '\n');
    });

  plan.command('show <id>')
    .description('查看一个计划的任务：编号、分类、具体要求、责任单位、时限')
    .action(async (id: string) => {
      const store = await readOnly();
      const found = store.plans().plans.find((p) => p.id.toLowerCase() === id.trim().toLowerCase());
      if (!found) throw new UserError(`没有编号为 ${id} 的计划。用 plan list 查看已导入的计划。`);
      io.out(showPlan(store, found));
    });
}

// `npm run` starts the CLI in the project folder; a relative path means the folder the admin typed it in.
const inputPath = (io: CliIo, file: string) => resolve(io.env.INIT_CWD ?? process.cwd(), file);

async function readPlan(file: string): Promise<{ plan: Plan; bytes: Uint8Array }> {
  await checkPlanFile(file);
  const bytes = new Uint8Array(await readFile(file));
  try {
    // Parse the very bytes that are hashed, so the stored hash names what was imported.
    return { plan: parsePlan(await readPlanBytes(bytes, basename(file))), bytes };
  } catch (e) {
    // A reader that chokes on the bytes (a damaged archive, a mislabelled file) is a problem with the
    // input, which the admin can fix, not a bug to report.
    if (e instanceof UserError) throw e;
    throw new UserError(`无法读取 ${basename(file)}：文件可能已损坏，或与扩展名不符（${(e as Error).message}）。请用 Word/Excel/WPS 打开后另存为 .docx 或 .xlsx 再导入。`);
  }
}

function noTasks(file: string, plan: Plan): string {
  const why = plan.warnings.slice(0, 3).map((w) => `${w.where}：${w.message}`).join('；');
  return `没有在 ${basename(file)} 中找到任务（没有可识别的任务表，也没有编号的工作事项）${why ? `。${why}` : ''}。请检查文件内容，或换成 .docx/.xlsx/.html/.txt 格式再试。`;
}

function planLine(store: Store, p: StoredPlan): string {
  const assignments = store.plans().assignments.filter((a) => a.planId === p.id);
  const ids = new Set(assignments.map((a) => a.id));
  const done = store.state().reports.filter((r) => r.status === 'done' && ids.has(r.assignmentId)).length;
  const when = inChina(p.importedAt).format('YYYY-MM-DD HH:mm');
  const status = p.status === 'archived' ? '［已归档］' : '';
  return `${p.id}  ${p.title}${p.year ? `（${p.year}年）` : ''}${status}  任务${p.tasks.length}项  分配${assignments.length}条  已完成${done}条  第${p.version ?? 1}版  导入于${when}`;
}

function showPlan(store: Store, p: StoredPlan): string {
  const byTask = new Map<string, string[]>();
  for (const a of store.plans().assignments) {
    if (a.planId !== p.id) continue;
    byTask.set(a.taskId, [...(byTask.get(a.taskId) ?? []), a.role === 'lead' ? `${a.unit}（牵头）` : a.unit]);
  }
  const lines = [`${p.id} ${p.title}${p.year ? `（${p.year}年）` : ''}，任务${p.tasks.length}项，导入于${chinaDate(new Date(p.importedAt))}`, ''];
  for (const t of p.tasks) {
    lines.push(`任务${t.number}${t.no ? `（序号${t.no}）` : ''}${t.category.length ? ` ［${t.category.join(' / ')}］` : ''}`);
    lines.push(`  要求：${t.requirement}`);
    lines.push(`  单位：${byTask.get(t.id)?.join('、') || `（未分配）${t.unitsText}`}`);
    lines.push(`  时限：${describeDeadline(t.deadline)}${t.deadlineText ? `（原文：${t.deadlineText}）` : ''}`);
  }
  return lines.join('\n') + '\n';
}
