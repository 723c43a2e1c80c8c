import { describe, expect, it } from 'vitest';
import { allowedPosition, cappedRate, clock, furthestAfter, playedRanges } from '../src/playback-rules.js';

/** A TimeRanges as video.played gives it. */
function timeRanges(...ranges) {
  return { length: ranges.length, start: (i) => ranges[i][0], end: (i) => ranges[i][1] };
}

describe('the lesson player rules', () => {
  it('reports played ranges to the millisecond, the latest ones when there are too many', () => {
    expect(playedRanges(timeRanges([0, 10.12345], [20, 30]), 200)).toEqual([[0, 10.123], [20, 30]]);
    expect(playedRanges(timeRanges([0, 1], [2, 3], [4, 5]), 2)).toEqual([[2, 3], [4, 5]]);
    expect(playedRanges(timeRanges(), 200)).toEqual([]);
  });

  it('moves a seek ahead of the furthest point back to it and lets other seeks through', () => {
    expect(allowedPosition(19.5, 3)).toBe(3);
    expect(allowedPosition(4.5, 3)).toBe(4.5);
    expect(allowedPosition(1, 3)).toBe(1);
  });

  it('moves the furthest point only by playing on from it', () => {
    expect(furthestAfter(3.25, 3)).toBe(3.25);
    expect(furthestAfter(2, 3)).toBe(3);
    expect(furthestAfter(15, 3)).toBe(3);
  });

  it('caps the playback rate', () => {
    expect(cappedRate(4, 1)).toBe(1);
    expect(cappedRate(0.75, 1)).toBe(0.75);
  });

  it('shows times as minutes and seconds', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(75.9)).toBe('1:15');
    expect(clock(3725)).toBe('62:05');
  });
});
