// Spot exams (逢查必考). On the phone: a countdown from the server's time left, and every choice
// saved at once (PUT, so the CSRF check does not apply and the cookie carries the secret); at zero
// the page reloads and shows the result the server graded at the deadline. On the officer's page:
// the results table polls the exam every 3 seconds and updates in place.

export function bindAnswering(root) {
  const form = root.querySelector('[data-exam-form]');
  const timer = root.querySelector('[data-exam-timer]');
  if (timer) {
    const end = Date.now() + Number(timer.dataset.millisLeft || 0);
    const shown = timer.querySelector('[data-time-left]');
    const tick = () => {
      const left = Math.max(0, end - Date.now());
      const seconds = Math.ceil(left / 1000);
      shown.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
      if (left <= 0) {
        if (form) for (const input of form.querySelectorAll('input, button')) input.disabled = true;
        timer.textContent = timer.dataset.timeUp;
        window.setTimeout(() => window.location.reload(), 1500);
        return;
      }
      window.setTimeout(tick, Math.min(1000, left));
    };
    tick();
  }
  if (!form) return;
  form.addEventListener('change', (event) => {
    const input = event.target;
    const fieldset = input.closest('[data-question]');
    if (!fieldset) return;
    const chosen = [...fieldset.querySelectorAll('input:checked')].map((i) => i.value).join('');
    fetch(form.dataset.answerUrl + fieldset.dataset.question, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ answer: chosen }),
    }).then((response) => {
      const mark = fieldset.querySelector('[data-saved-mark]');
      if (response.ok) {
        mark.textContent = form.dataset.saved;
        mark.hidden = false;
      } else if (response.status === 409) {
        window.location.reload();
      }
    });
  });
}

export function bindLive(root) {
  const live = root.querySelector('[data-spot-exam-live]');
  if (!live) return;
  const labels = live.querySelector('[data-labels]').dataset;
  const status = { WAITING: labels.waiting, ANSWERING: labels.answering, FINISHED: labels.finished, ABSENT: labels.absent };
  const tally = document.querySelector('[data-tally]');
  const time = (s) => (s == null ? '—' : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`);
  const poll = () => {
    fetch(live.dataset.spotExamLive, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : null))
      .then((body) => {
        if (!body) return;
        let finished = 0;
        let passed = 0;
        for (const t of body.exam.takers) {
          if (t.status === 'FINISHED') finished += 1;
          if (t.passed) passed += 1;
          const row = live.querySelector(`[data-taker="${t.id}"]`);
          if (!row) continue;
          row.querySelector('[data-field="status"]').textContent = status[t.status] || t.status;
          row.querySelector('[data-field="answered"]').textContent = `${t.answered}/${t.questionCount}`;
          row.querySelector('[data-field="score"]').textContent = t.score == null ? '—' : String(t.score);
          row.querySelector('[data-field="result"]').textContent = t.passed == null ? '—' : t.passed ? labels.pass : labels.fail;
          row.querySelector('[data-field="time"]').textContent = time(t.secondsTaken);
          if (t.status !== 'WAITING') row.querySelector('[data-qr]')?.remove();
        }
        if (tally) {
          tally.textContent = tally.dataset.tallyTemplate.replace('-101', String(passed)).replace('-102', String(finished));
        }
      })
      .catch(() => {})
      .finally(() => window.setTimeout(poll, 3000));
  };
  window.setTimeout(poll, 3000);
}
