// `units list|add|alias|rename` and `people list|liaison|leader`: the directory and the roles from the
// shell, through the same admin modules as the chat, each change audited with channel cli.
import type { Command } from 'commander';
import { UserError } from '../errors.ts';
import { listLiaisons, removeLeader, setLeader, setLiaison } from '../admin/people.ts';
import { addAlias, addUnit, listUnits, renameUnit } from '../admin/units.ts';
import { dataDirFromEnv, openStore } from '../store/open-store.ts';
import type { Store, WriteContext } from '../store/store.ts';
import { systemClock } from '../time/china.ts';
import type { UnitKind } from '../units/types.ts';
import type { CliIo } from './main.ts';

const KINDS: UnitKind[] = ['镇', '街道', '开发区', '部门', '其他'];

export function registerUnitCommands(program: Command, io: CliIo): void {
  const ctx: WriteContext = { actor: io.env.USER ?? 'cli', channel: 'cli', msgId: null };
  const withStore = async (work: (store: Store) => Promise<string>) => {
    const store = await openStore(dataDirFromEnv(io.env));
    try {
      io.out((await work(store)) + '\n');
    } finally {
      await store.close();
    }
  };

  const units = program.command('units').description('单位名录：查看、添加、别名、改名');
  units.command('list').description('列出单位、别名、任务数和联络员').action(() =>
    withStore(async (store) => {
      const list = listUnits(store);
      if (list.length === 0) return '单位名录是空的。导入计划时会自动建立。';
      return list.map((u) => `${u.name}\t${u.kind}\t任务 ${u.assignments}\t${u.aliases.join('、') || '-'}\t${u.liaisons.join('、') || '未绑定'}`).join('\n');
    }));
  units.command('add <name>').description('添加单位').option('--kind <kind>', `类别：${KINDS.join('、')}（默认按名称判断）`)
    .action((name: string, opts: { kind?: string }) =>
      withStore(async (store) => {
        if (opts.kind && !KINDS.includes(opts.kind as UnitKind)) throw new UserError(`类别只能是：${KINDS.join('、')}`);
        const u = await addUnit(store, ctx, name, opts.kind as UnitKind | undefined);
        return `已添加单位 ${u.name}（${u.kind}）`;
      }));
  units.command('alias <alias> <unit>').description('把 alias 记为 unit 的别名；若 alias 本身是单位，则合并过去（任务和记录保留）')
    .action((alias: string, unit: string) =>
      withStore(async (store) => {
        const r = await addAlias(store, ctx, alias, unit);
        return r.kind === 'alias' ? `已记下：${alias} 就是 ${r.unit.name}` : `已把 ${r.from.name} 合并到 ${r.into.name}（${r.assignments} 项任务分配随之转移）`;
      }));
  units.command('rename <old> <new>').description('单位改名：任务、完成记录和联络员随之转移，旧名保留为别名')
    .action((from: string, to: string) => withStore(async (store) => `已改名为 ${(await renameUnit(store, ctx, from, to)).name}`));

  const people = program.command('people').description('联络员和领导');
  people.command('list').description('各单位联络员和领导名单').action(() =>
    withStore(async (store) =>
      [...listLiaisons(store).map((l) => `${l.unit}\t${l.liaisons.map((b) => b.userId).join('、') || '未绑定'}`), `领导（聊天设置）\t${store.state().leaders.join('、') || '无'}`].join('\n')));
  people.command('liaison <userid> <unit>').description('设置单位联络员（替换该单位原联络员）')
    .action((userId: string, unit: string) =>
      withStore(async (store) => {
        const r = await setLiaison(store, ctx, systemClock, userId, unit);
        return r.unchanged ? `${userId} 已是 ${r.unit} 的联络员` : `已设置 ${userId} 为 ${r.unit} 的联络员${r.replaced.length ? `（替换 ${r.replaced.join('、')}）` : ''}`;
      }));
  people.command('leader <userid>').description('设置领导（--remove 取消）').option('--remove', '取消领导身份')
    .action((userId: string, opts: { remove?: boolean }) =>
      withStore(async (store) => {
        if (opts.remove) return (await removeLeader(store, ctx, userId)).removed ? `已取消 ${userId} 的领导身份` : `${userId} 不是聊天设置的领导`;
        return (await setLeader(store, ctx, userId)).added ? `已设置 ${userId} 为领导` : `${userId} 已经是领导`;
      }));
}
