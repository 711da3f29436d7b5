// Checks made on a plan file before it is read: it exists, is a file, is not empty and not too big.
// Each failure is a sentence the admin can act on; nothing has been read or written yet.
import { stat } from 'node:fs/promises';
import { UserError } from '../errors.ts';

export const MAX_PLAN_BYTES = 20 * 1024 * 1024;

export async function checkPlanFile(path: string): Promise<void> {
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') throw new UserError(`找不到文件：${path}。请检查路径是否正确。`);
    if (e.code === 'EACCES') throw new UserError(`没有权限读取文件：${path}。`);
    throw e;
  });
  if (info.isDirectory()) throw new UserError(`${path} 是一个文件夹，请指定计划文件（.docx、.xlsx、.html、.txt 或 .md）。`);
  if (!info.isFile()) throw new UserError(`${path} 不是普通文件，请指定计划文件。`);
  checkPlanSize(path, info.size);
}

/** Also for bytes that arrive by other ways (a chat file message, a downloaded page). */
export function checkPlanSize(name: string, size: number): void {
  if (size === 0) throw new UserError(`文件是空的：${name}。请确认导出的文件有内容。`);
  if (size > MAX_PLAN_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    throw new UserError(`文件太大（${mb} MB）：${name}。计划文件不能超过 20 MB，请只保留正文和任务表后再导入。`);
  }
}
