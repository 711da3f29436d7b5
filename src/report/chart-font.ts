// The chart's only font: Noto Sans SC shipped inside node_modules (@embedpdf/fonts-sc, OFL), registered
// by file path under a name of our own, so labels never depend on what fonts the server has installed.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

export const CHART_FONT_FAMILY = 'DubanChartSans';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '..', 'fonts');
export const CHART_FONT_FILES = [join(fontDir, 'NotoSansHans-Regular.otf'), join(fontDir, 'NotoSansHans-Bold.otf')];

let registered = false;

/** Registers the bundled font once per process; throws if the font package is missing. */
export function ensureChartFont(): void {
  if (registered) return;
  for (const file of CHART_FONT_FILES) {
    if (!GlobalFonts.registerFromPath(file, CHART_FONT_FAMILY)) throw new Error(`chart font could not be loaded: ${file}`);
  }
  registered = true;
}
