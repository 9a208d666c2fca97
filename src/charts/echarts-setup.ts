/**
 * The only module that imports ECharts. It registers exactly the chart types, components and the
 * canvas renderer the scenario charts use, so the bundle carries nothing else of the library
 * (`import * as echarts from 'echarts'` would add every chart type, map and component).
 * Chart option builders import only the option *types* from here, which keeps them free of runtime
 * ECharts code and testable in Node.
 */
import { BarChart, LineChart } from 'echarts/charts';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendPlainComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
} from 'echarts/components';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  MarkPointComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { init, use } from 'echarts/core';
import type { ComposeOption, ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([
  BarChart,
  LineChart,
  GridComponent,
  LegendPlainComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** Every option a scenario chart may use; anything else is a type error (and would not be registered). */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption
  | MarkPointComponentOption
  | TooltipComponentOption
>;

export type { BarSeriesOption, LineSeriesOption, ECharts };

/**
 * Creates a chart on an element with the canvas renderer.
 * @example const chart = createChart(div); chart.setOption(option); chart.dispose();
 */
export function createChart(element: HTMLElement): ECharts {
  return init(element, null, { renderer: 'canvas' });
}
