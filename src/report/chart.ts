// The chart leaders get after the summary text: completion by unit for one plan, as a PNG.
import { completionChartSvg } from './chart-svg.ts';
import { fullDate, percent } from './format.ts';
import { svgToPng } from './render-png.ts';
import type { PlanFigures } from './weekly-figures.ts';

export function buildCompletionChart(plan: PlanFigures, today: string): Uint8Array {
  const subtitle = `各单位完成率（截至${fullDate(today)}）  总体 ${plan.done}/${plan.total}（${percent(plan.rate)}）`;
  return svgToPng(completionChartSvg(plan.title, subtitle, plan.units));
}
