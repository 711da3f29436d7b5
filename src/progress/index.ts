// Progress: plain functions over store data (no chat wording, no WeCom). Start here.
//
//   planIndex(plans)              cached lookups over active plans: tasks by number, assignments by unit/task
//   reportIndex(state)            cached latest report per assignment id
//   dueOf(deadline, today)        dated (with daysLeft) | ongoing | relative | undated; isOverdue(due)
//   agendaOf(plans, today)       cached per plans+day: assignments with task and due date, urgency order
//   viewsOf / unitViews / taskViews   assignments joined with task, report, status and due date
//   compareByUrgency, openByUrgency   overdue first, then by date, undated work last
//   unitWork(data, unit, today)  a unit's counts and its open work (first N, made views when shown)
//   doneTally(agenda, reports)   done / late-done per unit, stepped from the reports a write changed
//   unitDoneCount                one unit's done count in the data a write starts from
//   unitStamp, taskStamp         change only when that unit's / task's reports change (reply caches)
//   countViews, progressOf        共N项，已完成M项 figures, overall and per unit (memoised per data version)
//   overdueOf, dueWithinOf        open work past its date / due within N days
//   recordDone, recordReturn      report / 退回 on StateData inside store.updateState (idempotent)
//
// `today` is always a China date (YYYY-MM-DD) computed by the caller from an injected clock.
export * from './due.ts';
export * from './plan-index.ts';
export * from './agenda.ts';
export * from './status.ts';
export * from './views.ts';
export * from './memo.ts';
export * from './done-tally.ts';
export * from './progress.ts';
export * from './reporting.ts';
