import { describe, expect, it } from 'vitest';
import { chartOption } from '../src/taskchart.js';

describe('chartOption', () => {
  it('stacks one bar series per status with the tasks as categories', () => {
    const option = chartOption({
      tasks: ['A', 'B'],
      series: [
        { key: 'COMPLETED', name: '已完成', data: [3, 0] },
        { key: 'OVERDUE', name: '已逾期', data: [1, 2] },
      ],
    });
    expect(option.yAxis.data).toEqual(['A', 'B']);
    expect(option.series.map((s) => s.stack)).toEqual(['people', 'people']);
    expect(option.series[1].data).toEqual([1, 2]);
    expect(option.series[0].itemStyle.color).toBe('#2f855a');
  });
});
