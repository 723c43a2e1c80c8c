import { describe, expect, it } from 'vitest';
import { chartOption, multiChartOption, percentAxisMax, tableMultiSeries, tableSeries } from '../src/compliance.js';

/** A table as tableSeries reads it: rows with cells and one cell carrying data-value. */
function table(rows) {
  return {
    querySelectorAll: () => rows.map(([label, value, company]) => ({
      dataset: company ? { company } : {},
      cells: company ? [{ textContent: '1' }, { textContent: label }, {}, {}, {}] : [{ textContent: ` ${label} ` }],
      querySelector: () => (value === undefined ? null : { dataset: { value } }),
    })),
  };
}

describe('tableSeries', () => {
  it('reads labels from the first cell and values from the data-value cell', () => {
    const series = tableSeries(table([['主要负责人', '50.0'], ['一般从业人员', '']]));
    expect(series.labels).toEqual(['主要负责人', '一般从业人员']);
    expect(series.values).toEqual([50, null]);
  });

  it('takes a company row\'s name from its second cell, after the rank', () => {
    expect(tableSeries(table([['甲公司', '80.0', '7']])).labels).toEqual(['甲公司']);
  });

  it('draws at most the first rows when a limit is given, skipping rows without a value', () => {
    const rows = [['a', '1'], ['b'], ['c', '3'], ['d', '4']];
    expect(tableSeries(table(rows), 2).labels).toEqual(['a', 'c']);
    expect(tableSeries(table(rows)).labels).toEqual(['a', 'c', 'd']);
  });
});

describe('chartOption', () => {
  it('scales percentages to 0–100 and counts from zero in whole steps', () => {
    const series = { labels: ['a'], values: [5] };
    expect(chartOption(series, true).xAxis).toMatchObject({ min: 0, max: 100 });
    expect(chartOption(series, false).xAxis).toMatchObject({ minInterval: 1 });
    expect(chartOption(series, false).series[0].data).toEqual([5]);
  });
});

// The plan-progress page's breakdowns: several series per table (data-series cells, named by the header).
function cell(text, dataset = {}) {
  return { textContent: text, dataset };
}

function seriesTable(headers, rows) {
  return {
    querySelector: (selector) => headers[/data-series="([^"]+)"/.exec(selector)[1]] ?? null,
    querySelectorAll: () => rows.map((row) => ({
      cells: [cell(row.label)],
      querySelector: (selector) => {
        const key = /data-series="([^"]+)"/.exec(selector)[1];
        return key in row.values ? cell(String(row.values[key]), { value: row.values[key] }) : null;
      },
    })),
  };
}

describe('tableMultiSeries', () => {
  it('reads one value list per key, named by the header cell, from the table next to the chart', () => {
    const table = seriesTable({ a: cell(' 三项岗位人员 '), b: cell('小微') },
      [{ label: ' 甲区 ', values: { a: '4', b: '2' } }, { label: '乙区', values: { a: '0', b: '' } }]);
    const data = tableMultiSeries(table, ['a', 'b']);
    expect(data.labels).toEqual(['甲区', '乙区']);
    expect(data.series.map((s) => s.name)).toEqual(['三项岗位人员', '小微']);
    expect(data.series[0].values).toEqual([4, 0]);
    expect(data.series[1].values).toEqual([2, null]);
    expect(tableMultiSeries(table, ['a'], 1).labels).toEqual(['甲区']);
  });

  it('draws one bar series per key with a legend', () => {
    const option = multiChartOption({ labels: ['甲区'], series: [{ name: 'A', values: [4] }, { name: 'B', values: [2] }] });
    expect(option.series.map((s) => [s.type, s.name, s.data])).toEqual([['bar', 'A', [4]], ['bar', 'B', [2]]]);
    expect(option.legend).toBeDefined();
    expect(option.yAxis.data).toEqual(['甲区']);
  });
});

describe('percentAxisMax', () => {
  it('keeps a percent axis at 100 and lets it run past 100 when a share does (a target exceeded)', () => {
    expect(percentAxisMax([50, null])).toBe(100);
    expect(percentAxisMax([12.5, 537.19])).toBe(538);
    expect(chartOption({ labels: ['x', 'y'], values: [80, 120.5] }, true).xAxis.max).toBe(121);
  });
});
