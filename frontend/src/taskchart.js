// Training-task completion chart: stacked bars per task (completed, in progress, not started,
// overdue) from the JSON the page embeds next to the chart.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const COLOURS = { COMPLETED: '#2f855a', IN_PROGRESS: '#2b6cb0', NOT_STARTED: '#a0aec0', OVERDUE: '#c53030' };

/** The echarts option for the page's data: {tasks: [name], series: [{key, name, data: [n]}]}. */
export function chartOption(data) {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: data.tasks, inverse: true,
      axisLabel: { width: 120, overflow: 'truncate' } },
    series: data.series.map((s) => ({
      type: 'bar', stack: 'people', name: s.name, data: s.data, itemStyle: { color: COLOURS[s.key] },
    })),
  };
}

export function bindCharts(root) {
  for (const element of root.querySelectorAll('[data-task-chart]')) {
    const source = element.parentElement.querySelector('[data-task-chart-data]');
    if (!source) continue;
    const chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(chartOption(JSON.parse(source.textContent)));
    element.dataset.rendered = 'true';
    window.addEventListener('resize', () => chart.resize());
  }
}
