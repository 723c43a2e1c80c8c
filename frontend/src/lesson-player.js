// The lesson player (/my/courses/{course}/lessons/{lesson}/play): opens a playback session on the
// server, plays the lesson's signed HLS playlist, and reports what was played in heartbeats (about
// every 15 s, and on pause, seek, page hide/show and leaving the page), each with a sequence number
// and video.played. It stops seeking ahead of the furthest point reached and caps the playback
// rate, but the server credits only what its own rules allow. Checkpoint questions (随机弹题) pause
// playback until answered correctly. Texts come from the page (zh-CN or English).
import { play } from './player.js';
import { allowedPosition, cappedRate, clock, furthestAfter, playedRanges } from './playback-rules.js';

export function bindLessonPlayer(root) {
  const video = root.querySelector('[data-video]');
  const status = root.querySelector('[data-player-status]');
  const endedBox = root.querySelector('[data-player-ended]');
  const modal = root.querySelector('[data-checkpoint]');
  const form = root.querySelector('[data-checkpoint-form]');
  const text = root.dataset;
  const maxRate = Number(root.dataset.maxRate) || 1;

  let session = null;
  let sequence = 0;
  let furthest = 0;
  let pending = null;
  let ended = false;
  let timer = null;
  let inFlight = false;
  let queued = null;

  const json = { 'Content-Type': 'application/json', Accept: 'application/json' };

  function setState(state) {
    root.dataset.state = state;
  }

  function say(message) {
    status.textContent = message || '';
  }

  function showFigures(sessionCredited, share, complete) {
    root.dataset.sessionCredited = String(sessionCredited);
    root.dataset.coveredShare = String(share);
    root.querySelector('[data-session-credited]').textContent = clock(sessionCredited);
    const percent = Math.floor(Math.min(1, share) * 100);
    root.querySelector('[data-lesson-progress]').textContent = `${percent} %`;
    root.querySelector('[data-progress-bar]').value = percent;
    root.querySelector('[data-lesson-complete]').hidden = !complete;
  }

  function heartbeatBody(event) {
    sequence += 1;
    root.dataset.sent = String(sequence);
    const ranges = playedRanges(video.played, session.maxRangesPerHeartbeat);
    return JSON.stringify({ sequence, playedRanges: ranges, clientTime: Date.now(), event });
  }

  function heartbeatUrl() {
    return `/api/playback-sessions/${session.sessionId}/heartbeats`;
  }

  /** Sends a heartbeat; one at a time, so that they arrive in sequence (a later reason waits). */
  function beat(event) {
    if (!session || ended) return;
    if (inFlight) {
      queued = event;
      return;
    }
    inFlight = true;
    fetch(heartbeatUrl(), {
      method: 'POST',
      headers: { ...json, 'X-Playback-Token': session.heartbeatToken },
      body: heartbeatBody(event),
    }).then(async (response) => {
      if (response.ok) {
        // back online: clear only the offline notice, not a message the learner has yet to read
        if (status.textContent === text.textOffline) say('');
        const view = await response.json();
        root.dataset.acknowledged = String(view.sequence);
        handle(view);
      } else if (response.status === 404 || response.status === 401) {
        end('ENDED');
      } else {
        say(text.textOffline);
      }
    }).catch(() => say(text.textOffline)).finally(() => {
      inFlight = false;
      if (queued) {
        const next = queued;
        queued = null;
        beat(next);
      }
    });
  }

  /** A heartbeat sent with keepalive, so that it survives the page being hidden or left. */
  function lastBeat(event) {
    if (!session || ended) return;
    fetch(heartbeatUrl(), {
      method: 'POST',
      keepalive: true,
      headers: { ...json, 'X-Playback-Token': session.heartbeatToken },
      body: heartbeatBody(event),
    }).catch(() => {});
  }

  function handle(view) {
    showFigures(view.sessionCreditedSeconds, view.coveredShare, view.lessonComplete);
    if (view.state !== 'OPEN') {
      end(view.state);
    } else if (view.checkpoint) {
      ask(view.checkpoint);
    }
  }

  function end(state) {
    ended = true;
    setState(state);
    clearInterval(timer);
    video.pause();
    modal.hidden = true;
    const reason = state === 'SUPERSEDED' ? text.textSuperseded
      : state === 'TERMINATED_BY_CHECKPOINT' ? text.textEndedByCheckpoint : text.textEnded;
    endedBox.querySelector('[data-ended-reason]').textContent = reason;
    endedBox.hidden = false;
    say('');
  }

  function ask(checkpoint) {
    if (pending && pending.nonce === checkpoint.nonce) return;
    pending = checkpoint;
    video.pause();
    setState('CHECKPOINT');
    form.querySelector('[data-checkpoint-question]').textContent = checkpoint.question;
    const options = form.querySelector('[data-checkpoint-options]');
    options.replaceChildren();
    checkpoint.options.forEach((option, index) => {
      const label = document.createElement('label');
      label.className = 'checkpoint-option';
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'answer';
      input.value = option;
      input.required = true;
      input.id = `checkpoint-option-${index}`;
      label.append(input, ` ${option}`);
      options.append(label);
    });
    form.querySelector('[data-checkpoint-message]').hidden = true;
    modal.hidden = false;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = form.querySelector('input[name=answer]:checked');
    if (!chosen || !pending || ended) return;
    const submit = form.querySelector('[data-checkpoint-submit]');
    submit.disabled = true;
    let response;
    let body = {};
    try {
      response = await fetch(`/api/playback-sessions/${session.sessionId}/checkpoint-answers`, {
        method: 'POST', headers: json, body: JSON.stringify({ nonce: pending.nonce, answer: chosen.value }),
      });
      body = await response.json().catch(() => ({}));
    } catch (e) {
      response = null;
    }
    submit.disabled = false;
    const message = form.querySelector('[data-checkpoint-message]');
    if (!response || !response.ok) {
      message.textContent = (body && body.message) || text.textOffline;
      message.hidden = false;
      return;
    }
    if (body.state !== 'OPEN') {
      end(body.state);
    } else if (body.checkpoint) {
      pending = null;
      ask(body.checkpoint);
      message.textContent = text.textWrong;
      message.hidden = false;
    } else {
      pending = null;
      modal.hidden = true;
      setState('OPEN');
      const resumed = video.play();
      if (resumed && resumed.catch) resumed.catch(() => {});
    }
  });

  // What the player allows: no playing while a question waits or after the end, no seeking past the
  // furthest point reached, no rate above the cap.
  video.addEventListener('play', () => {
    if (pending || ended) video.pause();
  });
  video.addEventListener('timeupdate', () => {
    if (!video.seeking) furthest = furthestAfter(video.currentTime, furthest);
  });
  video.addEventListener('seeking', () => {
    const allowed = allowedPosition(video.currentTime, furthest);
    if (allowed !== video.currentTime) {
      video.currentTime = allowed;
      say(text.textSeekBlocked);
    }
  });
  video.addEventListener('seeked', () => beat('SEEK'));
  video.addEventListener('ratechange', () => {
    const rate = cappedRate(video.playbackRate, maxRate);
    if (rate !== video.playbackRate) video.playbackRate = rate;
  });
  video.addEventListener('pause', () => beat('PAUSE'));
  video.addEventListener('ended', () => beat('PAUSE'));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      lastBeat('VISIBILITY');
    } else {
      beat('VISIBILITY');
    }
  });
  window.addEventListener('pagehide', () => lastBeat('UNLOAD'));

  async function open() {
    setState('OPENING');
    let response;
    let body = {};
    try {
      response = await fetch('/api/playback-sessions', {
        method: 'POST', headers: json, body: JSON.stringify({ lessonId: Number(root.dataset.lesson) }),
      });
      body = await response.json().catch(() => ({}));
    } catch (e) {
      response = null;
    }
    if (!response || !response.ok) {
      ended = true;
      setState('FAILED');
      say((body && body.message) || text.textOffline);
      return;
    }
    session = body;
    furthest = body.furthestSeconds;
    root.dataset.session = body.sessionId;
    root.dataset.duration = String(body.videoDurationSeconds);
    showFigures(0, body.coveredShare, body.lessonComplete);
    say('');
    setState('OPEN');
    video.addEventListener('loadedmetadata', () => {
      // Resume where the learner stopped, unless that is the end.
      if (furthest > 1 && furthest < body.videoDurationSeconds - 2) video.currentTime = furthest;
    }, { once: true });
    if (body.checkpoint) ask(body.checkpoint);
    timer = setInterval(() => beat('TICK'), body.heartbeatIntervalSeconds * 1000);
    play(video, root.dataset.src);
  }

  open();
}
