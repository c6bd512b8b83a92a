// vega-lite spec -> vega view (no DOM) -> SVG -> PNG with resvg.
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** Renders a vega-lite spec to SVG text. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Renders a vega-lite spec to a PNG, `width` pixels wide, on white. */
export async function renderPng(spec: TopLevelSpec, width = 800): Promise<Buffer> {
  const svg = await renderSvg(spec);
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: width }, background: 'white', font: { loadSystemFonts: true } }).render();
  return png.asPng();
}
