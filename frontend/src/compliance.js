// Oversight: the compliance dashboard's charts. Each chart draws the table next to it
// (data-chart-table = the table's id): labels from the first column, values from the cell with
// data-value in each row (the percentage, or the anomaly count). The tables stay the source of
// the numbers; without scripts they are all there is.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

/** Labels and values of a dashboard table (its first {@code limit} rows, when given). */
export function tableSeries(table, limit = Infinity) {
  const labels = [];
  const values = [];
  for (const row of table.querySelectorAll('tbody tr')) {
    if (labels.length >= limit) break;
    const cell = row.querySelector('[data-value]');
    if (!cell) continue;
    const label = row.cells[row.dataset.company && row.cells.length > 4 ? 1 : 0];
    labels.push(label ? label.textContent.trim() : '');
    values.push(cell.dataset.value === '' ? null : Number(cell.dataset.value));
  }
  return { labels, values };
}

export function chartOption(series, percent) {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: percent ? { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } } : { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: series.labels, inverse: true, axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{ type: 'bar', data: series.values, itemStyle: { color: '#2b6cb0' } }],
  };
}

export function bindComplianceCharts(root) {
  for (const element of root.querySelectorAll('[data-chart-table]')) {
    const table = root.getElementById(element.dataset.chartTable);
    if (!table) continue;
    const series = tableSeries(table, Number(element.dataset.chartLimit || Infinity));
    if (series.labels.length === 0) continue;
    element.style.height = `${Math.max(120, 28 * series.labels.length + 40)}px`;
    const chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(chartOption(series, element.dataset.chartUnit !== 'count'));
    element.dataset.chartReady = 'true';
    window.addEventListener('resize', () => chart.resize());
  }
}
