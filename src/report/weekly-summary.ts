// Everything leaders get in one weekly push: the figures, the Markdown split into messages, one chart
// per active plan. Used by the scheduled push, the 「周报」 command and `report weekly --dry-run` alike.
import type { PlansData, StateData } from '../store/schema.ts';
import { buildCompletionChart } from './chart.ts';
import { renderWeeklyMarkdown } from './render-weekly.ts';
import { MARKDOWN_MAX_BYTES, splitMarkdown } from './split-markdown.ts';
import { buildWeeklyFigures, type WeeklyFigures } from './weekly-figures.ts';

export interface WeeklySummary {
  figures: WeeklyFigures;
  markdown: string;
  /** The Markdown cut into messages of at most `maxBytes`, in order. */
  parts: string[];
  charts: { planId: string; title: string; png: Uint8Array }[];
}

export interface SummaryOptions {
  maxBytes?: number;
  /** Charts cost ~20 ms each; chat replies are text only. */
  charts?: boolean;
}

export function buildWeeklySummary(
  data: { plans: Readonly<PlansData>; state: Readonly<StateData> },
  now: Date,
  opts: SummaryOptions = {},
): WeeklySummary {
  const figures = buildWeeklyFigures(data.plans, data.state, now);
  const markdown = renderWeeklyMarkdown(figures, now);
  return {
    figures,
    markdown,
    parts: splitMarkdown(markdown, opts.maxBytes ?? MARKDOWN_MAX_BYTES),
    charts: opts.charts === false ? [] : figures.plans.map((p) => ({ planId: p.planId, title: p.title, png: buildCompletionChart(p, figures.today) })),
  };
}
