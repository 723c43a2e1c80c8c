import './app.css';
import { toggleNav, withFragment } from './nav.js';

// Pages work without this script; it only makes the header nicer on phones.
document.documentElement.classList.add('js');

const button = document.querySelector('[data-nav-toggle]');
const nav = button && document.getElementById(button.getAttribute('aria-controls'));
if (button && nav) {
  button.addEventListener('click', () => toggleNav(button, nav));
}

for (const link of document.querySelectorAll('[data-lang-switch]')) {
  link.addEventListener('click', () => {
    link.setAttribute('href', withFragment(link.getAttribute('href'), window.location.hash));
  });
}

for (const button of document.querySelectorAll('[data-print]')) {
  button.addEventListener('click', () => window.print());
}
