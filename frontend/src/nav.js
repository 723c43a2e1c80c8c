// Behaviour of the page header: the collapsible navigation on phones and the language switch.
// Kept free of global lookups so the functions can be tested without a browser.

/**
 * Opens or closes the navigation controlled by `button` (its aria-controls names the nav).
 * Returns the new state.
 */
export function toggleNav(button, nav) {
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  if (open) {
    nav.setAttribute('data-open', '');
  } else {
    nav.removeAttribute('data-open');
  }
  return open;
}

/**
 * The server renders the language switch as /lang/{tag}?return=/path?query. The fragment
 * (#section) never reaches the server, so it is added to the return path before following the link.
 */
export function withFragment(href, hash) {
  if (!hash || hash === '#') {
    return href;
  }
  const url = new URL(href, 'http://anxue.invalid');
  const back = url.searchParams.get('return');
  if (back === null || back.includes('#')) {
    return href;
  }
  url.searchParams.set('return', back + hash);
  return url.pathname + url.search;
}
