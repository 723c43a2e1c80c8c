// What the lesson player decides locally, as plain functions (lesson-player.js wires them to the
// video element). The server never relies on them; they keep an honest learner from losing time.

/** A seek this little past the furthest point reached is allowed (keyframes, rounding). */
export const SEEK_SLACK_SECONDS = 2;

/** The played ranges to report: [[from, to], …] in seconds to the millisecond, at most `max` (the latest). */
export function playedRanges(timeRanges, max) {
  const ranges = [];
  for (let i = 0; i < timeRanges.length; i += 1) {
    ranges.push([Math.round(timeRanges.start(i) * 1000) / 1000, Math.round(timeRanges.end(i) * 1000) / 1000]);
  }
  return ranges.slice(-max);
}

/** Where a seek to `target` may go: the target, or back to the furthest point reached when it skips ahead. */
export function allowedPosition(target, furthest) {
  return target > furthest + SEEK_SLACK_SECONDS ? furthest : target;
}

/** The furthest point reached after the playhead moved to `current` by playing (not by seeking). */
export function furthestAfter(current, furthest) {
  return current <= furthest + SEEK_SLACK_SECONDS ? Math.max(furthest, current) : furthest;
}

/** The playback rate the player allows. */
export function cappedRate(rate, maxRate) {
  return rate > maxRate ? maxRate : rate;
}

/** 75 → "1:15", 3725 → "62:05". */
export function clock(seconds) {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
