// The course index page (/admin/search): while a rebuild runs, its progress bar follows
// /api/search/rebuilds/{id}; when it ends the page reloads to show the new index.

const POLL_MS = 1000;

export function bindRebuildProgress(root) {
  for (const bar of root.querySelectorAll('progress[data-poll]')) {
    poll(bar);
  }
}

async function poll(bar) {
  try {
    const response = await fetch(bar.dataset.poll, { headers: { Accept: 'application/json' } });
    if (response.ok) {
      const progress = await response.json();
      bar.value = progress.status === 'DONE' ? 100 : progress.total ? Math.floor((progress.done * 100) / progress.total) : 0;
      const count = bar.parentElement.querySelector('[data-rebuild-count]');
      if (count) count.textContent = `${progress.done} / ${progress.total}`;
      if (progress.status !== 'RUNNING') {
        window.location.reload();
        return;
      }
    }
  } catch {
    // try again
  }
  setTimeout(() => poll(bar), POLL_MS);
}
