// Oversight exports (/oversight/exports/{id}): while the job is queued or running, the progress bar
// follows /api/oversight/exports/{id}; when it ends the page reloads to show the download or the reason.

const POLL_MS = 1500;

export function bindExportProgress(root) {
  for (const bar of root.querySelectorAll('progress[data-export-poll]')) {
    poll(bar);
  }
}

async function poll(bar) {
  try {
    const response = await fetch(bar.dataset.exportPoll, { headers: { Accept: 'application/json' } });
    if (response.ok) {
      const job = await response.json();
      bar.value = job.progress;
      const label = bar.parentElement.querySelector('[data-export-percent]');
      if (label) label.textContent = `${job.progress}%`;
      if (job.status === 'DONE' || job.status === 'FAILED') {
        window.location.reload();
        return;
      }
    }
  } catch {
    // try again
  }
  setTimeout(() => poll(bar), POLL_MS);
}
