// Which command each phrasing family reaches, through the same normalisation and order the bot uses.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { normalizeText } from '../../src/bot/normalize-text.ts';

function route(raw: string): string {
  const text = normalizeText(raw);
  for (const c of commands) if (c.patterns.some((p) => p.test(text))) return c.name;
  return 'none';
}

const families: Record<string, string[]> = {
  'my-tasks': ['我单位还有哪些任务', '@督办机器人 我们还有什么没完成', '本单位待办', '我的任务', '待办', '我们单位还有啥任务没完成？'],
  'unit-tasks': ['县司法局还有哪些任务', '卫健局的任务', '查看县教体局的任务', '司法局有多少任务没完成'],
  'task-detail': ['任务12', '12号任务详情', '第十二项', '任务 １２', '查看任务十二的情况', '任务12完成了吗？', '12号任务完成没有', '完成12了吗'],
  'report-done': [
    '完成 12', '完成12', '12已完成 https://gov.cn/a', '3、5、7 已完成', '三、五、七已完成', '第十二项完成了，链接：https://a.cn',
    '任务12已经完成', '12号任务已完成', '完成 12 县司法局', '１２，１３已完成', '已完成第12项', '12 13 已完成', '我们完成了任务12', '报告：第3、5项已办结',
  ],
  'return-report': ['退回 12 县司法局 原因：材料不全', '退回第12项 县司法局 佐证链接打不开'],
  bind: ['绑定 县司法局', '我是司法局的联络员', '我是县司法局联络员', '确认绑定 lisi 县司法局', '替换绑定 lisi 县司法局'],
  unbind: ['解绑', '解除绑定', '解绑 lisi'],
  whoami: ['我是谁', '我是谁？'],
  progress: ['进度', '总体进度', '各单位完成情况'],
  overdue: ['逾期', '哪些任务逾期了', '逾期任务', '我单位逾期的任务', '县司法局有哪些逾期任务'],
  'due-this-week': ['本周到期', '这周到期的任务', '本周要完成的'],
  more: ['更多', '下一页', '更多。'],
  help: ['帮助', '今天天气怎么样', '？'],
};

// The other engineers' commands come after the conversation's: their phrasings must still reach them.
const others: Record<string, string[]> = {
  'import-plan': ['导入计划 https://gov.cn/plan.html', ''],
  'confirm-import': ['确认导入'],
  'cancel-import': ['取消'],
  'ledger-export': ['导出台账'],
  'units-admin': ['单位列表', '添加单位 县审计局', '别名 卫健委=县卫生健康局'],
  'people-admin': ['联络员名单', '设置联络员 lisi 县司法局', '设置领导 wangwu'],
  'plans-admin': ['计划列表', '归档 P1', '恢复计划 2'],
};

describe('every phrasing family reaches its command', () => {
  for (const [name, phrasings] of Object.entries(families)) {
    it(name, () => {
      for (const p of phrasings) expect(`${p} → ${route(p)}`).toBe(`${p} → ${name}`);
    });
  }

  for (const [name, phrasings] of Object.entries(others)) {
    it(`leaves ${name} phrasings to ${name}`, () => {
      for (const p of phrasings) expect(`${p} → ${route(p)}`).toBe(`${p} → ${name}`);
    });
  }

  it('installs help last, so other engineers can add commands before it', () => {
    expect(commands[commands.length - 1]!.name).toBe('help');
  });
});
