// 「取消」「取消导入」: drops the admin's previewed import; nothing was written.
import type { Command } from '../src/bot/command.ts';
import { intakeDeps } from '../src/intake/chat-intake.ts';
import { cancelImport as cancel } from '../src/intake/confirm-import.ts';

export const cancelImportPatterns: RegExp[] = [/^(?:取消导入|放弃导入|取消|不导入了?)[!。]*$/];

export const cancelImport: Command = {
  name: 'cancel-import',
  patterns: cancelImportPatterns,
  async handle(ctx) {
    return { markdown: [cancel(intakeDeps(ctx), ctx.msg.userId)] };
  },
};
