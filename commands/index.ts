// Every command the bot understands, in the order they are tried: the first whose phrasing matches
// handles the message. Specific phrasings come before broad ones; help (which matches anything) last.
// To add a command: one module in this folder, one line below (before help).
import type { Command } from '../src/bot/command.ts';
import { bind } from './bind.ts';
import { dueThisWeek } from './due-this-week.ts';
import { help } from './help.ts';
import { more } from './more.ts';
import { myTasks } from './my-tasks.ts';
import { overdue } from './overdue.ts';
import { progress } from './progress.ts';
import { reportDone } from './report-done.ts';
import { returnReport } from './return-report.ts';
import { taskDetail } from './task-detail.ts';
import { unbind } from './unbind.ts';
import { unitTasks } from './unit-tasks.ts';
import { weeklyReport } from './weekly-report.ts';
import { whoami } from './whoami.ts';
import { importPlan } from './import-plan.ts';
import { confirmImport } from './confirm-import.ts';
import { cancelImport } from './cancel-import.ts';
import { ledgerExport } from './ledger-export.ts';
import { unitsAdmin } from './units-admin.ts';
import { peopleAdmin } from './people-admin.ts';
import { plansAdmin } from './plans-admin.ts';

export const commands: Command[] = [
  more,
  whoami,
  unbind,
  bind,
  returnReport,
  reportDone,
  myTasks,
  taskDetail,
  dueThisWeek,
  overdue,
  weeklyReport,
  progress,
  unitTasks,
  importPlan,
  confirmImport,
  cancelImport,
  ledgerExport,
  unitsAdmin,
  peopleAdmin,
  plansAdmin,
  help,
];
