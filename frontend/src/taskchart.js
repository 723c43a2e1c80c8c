// Training-task completion chart: stacked bars per task (completed, in progress, not started,
// overdue) from the JSON the page embeds next to the chart.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

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

/** The line of assignees completed by the end of each day, when the data has one. */
export function timelineOption(data) {
  if (!data.timeline) return null;
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: data.timeline.days, boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'line', name: data.timeline.name, data: data.timeline.completed, step: 'end',
      itemStyle: { color: COLOURS.COMPLETED }, areaStyle: { opacity: 0.15 } }],
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
    const line = element.parentElement.querySelector('[data-task-timeline]');
    const option = timelineOption(JSON.parse(source.textContent));
    if (line && option) {
      const timeline = echarts.init(line, null, { renderer: 'svg' });
      timeline.setOption(option);
      line.dataset.rendered = 'true';
      window.addEventListener('resize', () => timeline.resize());
    }
  }
}
