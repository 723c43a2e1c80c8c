// The lesson player of the course and review pages: hls.js plays the HLS playlist Anxue signs
// (segments come straight from S3 with short-lived URLs); browsers that play HLS themselves and
// have no Media Source Extensions get the playlist as the video's source. Buttons with
// data-play-lesson and data-src switch the player to that lesson.
// The light build: plain VOD playback needs no subtitles, alternate audio or DRM.
import Hls from 'hls.js/light';

let hls = null;

/** Plays `src` in `video`; a fatal network error (an expired segment URL) reloads the playlist once. */
export function play(video, src) {
  if (hls) {
    hls.destroy();
    hls = null;
  }
  video.dataset.src = src;
  if (Hls.isSupported()) {
    hls = new Hls();
    let reloaded = false;
    hls.on(Hls.Events.ERROR, (event, data) => {
      if (data.fatal && data.type === Hls.ErrorTypes.NETWORK_ERROR && !reloaded) {
        reloaded = true;
        hls.loadSource(src);
        hls.startLoad();
      }
    });
    hls.loadSource(src);
    hls.attachMedia(video);
  } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
    video.src = src;
  }
  const started = video.play();
  if (started && started.catch) started.catch(() => {});
}

/** Wires the page's player ([data-hls-player]) to its lesson buttons ([data-play-lesson]). */
export function bindPlayers(root) {
  const video = root.querySelector('[data-hls-player]');
  const title = root.querySelector('[data-player-title]');
  if (!video) return;
  video.dataset.bound = 'true';
  for (const button of root.querySelectorAll('[data-play-lesson]')) {
    button.addEventListener('click', () => {
      if (title) title.textContent = button.dataset.title || '';
      video.scrollIntoView({ block: 'nearest' });
      play(video, button.dataset.src);
    });
  }
}
