import { describe, expect, it } from 'vitest';
import { chartOption, multiChartOption, tableMultiSeries } from '../src/compliance.js';

// A table as far as tableMultiSeries reads it: header cells and body rows with data-series cells.
function cell(text, dataset = {}) {
  return { textContent: text, dataset };
}

function fakeTable(headers, rows) {
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
    const table = fakeTable({ a: cell(' 三项岗位人员 '), b: cell('小微') },
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

describe('chartOption', () => {
  it('keeps a percent axis at 100 and lets it run past 100 when a share does', () => {
    const option = chartOption({ labels: ['x'], values: [50] }, true);
    expect(option.xAxis.max({ min: 0, max: 50 })).toBe(100);
    expect(option.xAxis.max({ min: 0, max: 537.19 })).toBe(538);
    expect(chartOption({ labels: ['x'], values: [3] }, false).xAxis.max).toBeUndefined();
  });
});
