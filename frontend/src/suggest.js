// Course search suggestions as you type (/api/courses/suggestions): a list under the supermarket's
// search box; arrow keys move through it, Enter opens the chosen course, Escape closes it. The box
// works without this script (the form searches on submit). Text is set with textContent only.

const DELAY_MS = 150;

/** Binds every search box of a course filter form in `root`. */
export function bindSuggestions(root, fetchJson = defaultFetch) {
  for (const input of root.querySelectorAll('form[data-course-filters] input[name="q"]')) {
    bind(input, fetchJson);
  }
}

async function defaultFetch(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) return [];
  return response.json();
}

/** The suggestions URL for what was typed (null when there is nothing to ask). */
export function suggestionsUrl(typed, limit = 8) {
  const q = (typed || '').trim();
  if (!q) return null;
  return `/api/courses/suggestions?q=${encodeURIComponent(q.slice(0, 50))}&limit=${limit}`;
}

function bind(input, fetchJson) {
  let list = input.getAttribute('aria-controls') && document.getElementById(input.getAttribute('aria-controls'));
  if (!list) {
    list = document.createElement('ul');
    list.id = `${input.id || 'q'}-suggestions`;
    list.className = 'search-suggestions';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('autocomplete', 'off');
    input.insertAdjacentElement('afterend', list);
    input.parentElement.classList.add('search-box');
  }
  let timer = null;
  let asked = 0;
  let active = -1;

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const show = (items) => {
    list.replaceChildren();
    items.forEach((item, i) => {
      const li = document.createElement('li');
      li.id = `${list.id}-${i}`;
      li.setAttribute('role', 'option');
      li.dataset.suggestion = String(item.id);
      const a = document.createElement('a');
      a.href = `/courses/${encodeURIComponent(item.id)}`;
      a.textContent = item.title;
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    active = -1;
  };
  const move = (step) => {
    const options = list.querySelectorAll('[role="option"]');
    if (!options.length) return;
    if (active >= 0) options[active].removeAttribute('aria-selected');
    active = (active + step + options.length) % options.length;
    options[active].setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', options[active].id);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const url = suggestionsUrl(input.value);
    if (!url) {
      close();
      return;
    }
    timer = setTimeout(async () => {
      const ticket = ++asked;
      try {
        const items = await fetchJson(url);
        if (ticket === asked) show(Array.isArray(items) ? items : []);
      } catch {
        if (ticket === asked) close();
      }
    }, DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(-1);
    } else if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      window.location.assign(list.querySelectorAll('[role="option"] a')[active].href);
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 200));
}
