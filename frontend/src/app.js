import './app.css';
import './catalog.css';
import './learning.css';
import './search.css';
import './oversight.css';
import './lesson-player.css';
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

// Catalog: forms that delete ask first; "back to the form" keeps what was typed; the upload and
// player modules load only on pages that have them (hls.js is large).
for (const form of document.querySelectorAll('form[data-confirm]')) {
  form.addEventListener('submit', (event) => {
    if (!window.confirm(form.dataset.confirm)) event.preventDefault();
  });
}
for (const link of document.querySelectorAll('a[data-back]')) {
  link.addEventListener('click', (event) => {
    if (window.history.length > 1) {
      event.preventDefault();
      window.history.back();
    }
  });
}
if (document.querySelector('[data-lesson-upload]')) {
  import('./upload.js').then((module) => module.bindUploads(document));
}
if (document.querySelector('[data-hls-player]')) {
  import('./player.js').then((module) => module.bindPlayers(document));
}
// Learning: the training-task completion chart (echarts) loads only on pages that have one.
if (document.querySelector('[data-task-chart]')) {
  import('./taskchart.js').then((module) => module.bindCharts(document));
}
// Oversight: spot exams, on the phone (countdown, answers saved as chosen) and on the officer's
// live results page.
if (document.querySelector('[data-exam-session], [data-spot-exam-live]')) {
  import('./spotexam.js').then((module) => {
    module.bindAnswering(document);
    module.bindLive(document);
  });
}

// Learning: the lesson player page (playback session, heartbeats, checkpoint questions).
if (document.querySelector('[data-lesson-player]')) {
  import('./lesson-player.js').then((module) => module.bindLessonPlayer(document.querySelector('[data-lesson-player]')));
}
// Search: suggestions under the supermarket's search box; the index page's rebuild progress.
if (document.querySelector('form[data-course-filters]')) {
  import('./suggest.js').then((module) => module.bindSuggestions(document));
}
if (document.querySelector('[data-search-admin]')) {
  import('./search-admin.js').then((module) => module.bindRebuildProgress(document));
}
// Oversight: the compliance dashboard's charts (echarts), only on that page; the plan-progress page
// (data-plan-dashboard) draws its charts with the same module.
if (document.querySelector('[data-compliance-dashboard], [data-plan-dashboard]')) {
  import('./compliance.js').then((module) => module.bindComplianceCharts(document));
}
// Oversight exports: a background export's progress, only on its page.
if (document.querySelector('[data-export-job]')) {
  import('./exportjob.js').then((module) => module.bindExportProgress(document));
}
