import { describe, expect, it } from 'vitest';
import { chartOption, tableSeries } from '../src/compliance.js';

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
