/**
 * How watching a lesson video earns study time (学时) — the rules, in plain words.
 *
 * <p><b>Sessions.</b> Playing a lesson opens a playback session on the server. A person has at most
 * one open session: opening another (a second tab or device) ends the first, which earns nothing
 * from then on. Closed, superseded and terminated sessions earn nothing.
 *
 * <p><b>Heartbeats.</b> While the player is open it reports to the server about every 15 seconds
 * (also when paused, and on pause, seek and leaving the page) with a sequence number and the parts
 * of the video it played. The server never trusts the player: it uses only its own clock, and
 * credits a heartbeat by these rules.
 * <ol>
 * <li>Each heartbeat counts once. Sending the same sequence number again credits nothing; a number
 *     lower than one already received is refused. Both are recorded. Missing numbers (lost
 *     heartbeats) are allowed.</li>
 * <li>Reported parts that are negative, inverted or beyond the end of the video are refused and
 *     recorded.</li>
 * <li>Only new content earns: a second of the video is credited to a person at most once per
 *     lesson, however often it is watched.</li>
 * <li>No more than the real time that passed: a heartbeat earns at most the time elapsed on the
 *     server's clock since the previous one. Playing at double speed therefore earns single time,
 *     and a wrong clock on the learner's computer changes nothing. To absorb network delays, up to
 *     5 seconds left unused by one heartbeat may be used by the next; over a session the credit
 *     never exceeds the real time elapsed.</li>
 * <li>No skipping: content counts only when played continuously from the furthest point the person
 *     has reached (by credited viewing, or by continuous playback in this session). A part that
 *     starts more than 10 seconds beyond that point was reached by seeking ahead and earns
 *     nothing.</li>
 * <li>Gaps: when more than 45 seconds pass without a heartbeat, the gap earns nothing, nor does
 *     anything reported at its end; counting starts afresh from that heartbeat.</li>
 * <li>A daily cap (8 hours by default) limits what one person is credited per calendar day; the
 *     excess is recorded, not credited.</li>
 * <li>When only part of the new content can be credited, the earliest part of the video is credited
 *     and counts as watched; the rest counts as not watched and can be earned by watching it
 *     again.</li>
 * </ol>
 *
 * <p><b>Checkpoint questions (随机弹题).</b> After a random amount of credited study (between 5 and 15
 * minutes by default) the server asks a question and the player pauses. Until it is answered
 * correctly nothing is credited. The answer must carry the code the server issued with the
 * question. A correct answer resumes earning, counting time from the answer (the time spent on the
 * question earns nothing beyond the 5 seconds that may carry over); three wrong answers to
 * the same checkpoint end the session. An unanswered or failed checkpoint follows the person: their
 * next session starts with a question, and a new session does not restart the count towards the
 * next one.
 *
 * <p><b>Completion.</b> A lesson is complete when the credited, watched parts cover at least 95 % of
 * its video. Where the player stands plays no part: seeking to the end completes nothing.
 *
 * <p><b>Records.</b> Every refusal and limit is recorded as an anomaly with its kind and figures,
 * so a person's study record shows why time was or was not credited. All figures above are
 * defaults of {@link org.anxue.learning.time.StudyTimePolicy}.
 *
 * <p>This package is plain Java: no web, database or framework code, so its rules are tested
 * without either ({@code LearningModelArchitectureTests} keeps it so).
 */
package org.anxue.learning.time;
