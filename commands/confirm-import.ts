// 「确认导入」: writes the admin's previewed import (plan or ledger corrections).
import type { Command } from '../src/bot/command.ts';
import { adminOnly, rememberedReply, writeContext } from '../src/admin/chat.ts';
import { intakeDeps } from '../src/intake/chat-intake.ts';
import { confirmImport as confirm } from '../src/intake/confirm-import.ts';

export const confirmImportPatterns: RegExp[] = [/^(?:确认导入|确定导入|导入确认)[!。]*$/];

export const confirmImport: Command = {
  name: 'confirm-import',
  patterns: confirmImportPatterns,
  async handle(ctx) {
    const refused = adminOnly(ctx, '导入计划');
    if (refused) return refused;
    return rememberedReply(ctx, await confirm(intakeDeps(ctx), ctx.msg.userId, writeContext(ctx)));
  },
};
