// SVG → PNG with resvg, using only the CJK font shipped in node_modules (@embedpdf/fonts-sc, Noto Sans
// SC, OFL). System fonts are never loaded, so the chart looks the same on a server with no fonts at all.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { CHART_FONT_FAMILY } from './chart-svg.ts';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '..', 'fonts');
export const CHART_FONT_FILES = [join(fontDir, 'NotoSansHans-Regular.otf'), join(fontDir, 'NotoSansHans-Bold.otf')];

export function svgToPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { fontFiles: CHART_FONT_FILES, loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
