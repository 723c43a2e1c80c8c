// Oversight: the compliance dashboard's charts. Each chart draws the table next to it
// (data-chart-table = the table's id): labels from the first column, values from the cell with
// data-value in each row (the percentage, or the anomaly count). The tables stay the source of
// the numbers; without scripts they are all there is. A chart with data-chart-series="a,b" draws one
// bar per key and row instead, from the cells with data-series="a" (named by the header cell with the
// same data-series); the plan-progress page uses that for its breakdowns.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

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

/** Labels and one value list per key (cells [data-series=key] with data-value) of a table. */
export function tableMultiSeries(table, keys, limit = Infinity) {
  const labels = [];
  const series = keys.map((key) => {
    const head = table.querySelector(`thead [data-series="${key}"]`);
    return { key, name: head ? head.textContent.trim() : key, values: [] };
  });
  for (const row of table.querySelectorAll('tbody tr')) {
    if (labels.length >= limit) break;
    labels.push(row.cells[0] ? row.cells[0].textContent.trim() : '');
    for (const s of series) {
      const cell = row.querySelector(`[data-series="${s.key}"]`);
      s.values.push(!cell || cell.dataset.value === '' || cell.dataset.value === undefined ? null : Number(cell.dataset.value));
    }
  }
  return { labels, series };
}

export function multiChartOption(data) {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: data.labels, inverse: true, axisLabel: { width: 140, overflow: 'truncate' } },
    series: data.series.map((s) => ({ type: 'bar', name: s.name, data: s.values })),
  };
}

/** 100, or the largest share rounded up when one runs past 100 % (a plan target exceeded). */
export function percentAxisMax(values) {
  return Math.ceil(Math.max(100, ...values.filter((v) => v !== null && !Number.isNaN(v))));
}

export function chartOption(series, percent) {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: percent ? { type: 'value', min: 0, max: percentAxisMax(series.values), axisLabel: { formatter: '{value}%' } } : { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: series.labels, inverse: true, axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{ type: 'bar', data: series.values, itemStyle: { color: '#2b6cb0' } }],
  };
}

export function bindComplianceCharts(root) {
  for (const element of root.querySelectorAll('[data-chart-table]')) {
    const table = root.getElementById(element.dataset.chartTable);
    if (!table) continue;
    if (element.dataset.chartSeries) {
      const data = tableMultiSeries(table, element.dataset.chartSeries.split(','), Number(element.dataset.chartLimit || Infinity));
      if (data.labels.length === 0) continue;
      element.style.height = `${Math.max(160, 18 * data.series.length * data.labels.length + 80)}px`;
      const chart = echarts.init(element, null, { renderer: 'svg' });
      chart.setOption(multiChartOption(data));
      element.dataset.chartReady = 'true';
      window.addEventListener('resize', () => chart.resize());
      continue;
    }
    const series = tableSeries(table, Number(element.dataset.chartLimit || Infinity));
    if (series.labels.length === 0) continue;
    element.style.height = `${Math.max(120, 28 * series.labels.length + 40)}px`;
    const chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(chartOption(series, element.dataset.chartUnit !== 'count'));
    element.dataset.chartReady = 'true';
    window.addEventListener('resize', () => chart.resize());
  }
}
