// Resumable video uploads straight to S3, through the media feature's presigned multipart upload
// (/api/uploads): the file is cut into parts of the size the server chose, each part is PUT to its
// own presigned URL (the bytes never pass through Anxue), failed parts are retried with growing
// pauses (and after the browser is back online), and an upload interrupted by a closed tab or a
// longer outage resumes from the parts S3 already holds when the same file is chosen again.
// uploadFile() holds the logic and takes its transport as arguments, so it is tested without a
// browser (test/upload.test.js); bindUploads() wires it to the lesson rows of the course page.

const PARALLEL_PARTS = 3;
const URL_BATCH = 20;
const MAX_ATTEMPTS = 8;

/** Part numbers (1-based) of `partCount` parts that are not in `uploaded` ({partNumber, size}). */
export function missingParts(partCount, uploaded, partSize, size) {
  const done = new Set(
    (uploaded || [])
      .filter((p) => p.size === expectedPartSize(p.partNumber, partCount, partSize, size))
      .map((p) => p.partNumber),
  );
  const missing = [];
  for (let n = 1; n <= partCount; n += 1) {
    if (!done.has(n)) missing.push(n);
  }
  return missing;
}

/** Byte size part `n` must have: partSize, except the last part, which holds the rest. */
export function expectedPartSize(n, partCount, partSize, size) {
  return n < partCount ? partSize : size - partSize * (partCount - 1);
}

/** The pause before retry `attempt` (1, 2, …): 1 s, 2 s, 4 s, … at most 30 s. */
export function retryDelay(attempt) {
  return Math.min(30_000, 1000 * 2 ** (attempt - 1));
}

/** The key under which an unfinished upload of `file` for `lesson` is remembered. */
export function resumeKey(lesson, file) {
  return `anxue-upload:${lesson}:${file.name}:${file.size}:${file.lastModified}`;
}

/**
 * Uploads `file` and completes the upload; resolves to the media id.
 *
 * @param file a File or Blob with name, size, type, lastModified and slice()
 * @param deps.api { create(body), get(id), partUrls(id, numbers), parts(id), complete(id) }
 * @param deps.putPart (url, blob, onBytes) => Promise: PUTs one part; rejects on failure
 * @param deps.store { get(key), set(key, value), remove(key) } (localStorage)
 * @param deps.sleep (ms) => Promise
 * @param deps.onProgress (fraction 0..1) => void
 * @param deps.onRetry (attempt, error) => void
 * @param deps.lesson the lesson id (part of the resume key)
 */
export async function uploadFile(file, deps) {
  const { api, putPart, store, sleep, onProgress = () => {}, onRetry = () => {}, lesson } = deps;
  const key = resumeKey(lesson, file);
  let upload = null;
  let uploaded = [];
  const remembered = store.get(key);
  if (remembered) {
    try {
      const found = await api.get(remembered);
      if (found && found.status === 'UPLOADING') {
        upload = found;
        uploaded = (await api.parts(found.id)).parts || [];
      } else if (found && found.status === 'COMPLETED') {
        store.remove(key);
        onProgress(1);
        return found.id;
      }
    } catch (e) {
      upload = null;
    }
  }
  if (!upload) {
    store.remove(key);
    upload = await api.create({ filename: file.name, size: file.size, contentType: file.type || '' });
    store.set(key, upload.id);
  }
  const { id, partSize, partCount } = upload;
  const todo = missingParts(partCount, uploaded, partSize, file.size);
  const todoSet = new Set(todo);
  let doneBytes = 0;
  for (let n = 1; n <= partCount; n += 1) {
    if (!todoSet.has(n)) doneBytes += expectedPartSize(n, partCount, partSize, file.size);
  }
  const inFlight = new Map();
  const report = () => {
    let bytes = doneBytes;
    for (const b of inFlight.values()) bytes += b;
    onProgress(file.size === 0 ? 1 : Math.min(1, bytes / file.size));
  };
  report();

  const urls = new Map();
  const queue = [...todo];
  const urlFor = async (n, fresh) => {
    if (fresh || !urls.has(n)) {
      const batch = [n, ...queue.filter((m) => m !== n && !urls.has(m)).slice(0, URL_BATCH - 1)];
      const answer = await api.partUrls(id, batch);
      for (const p of answer.parts) urls.set(p.partNumber, p.url);
    }
    return urls.get(n);
  };

  const sendPart = async (n) => {
    const from = (n - 1) * partSize;
    const blob = file.slice(from, from + expectedPartSize(n, partCount, partSize, file.size));
    for (let attempt = 1; ; attempt += 1) {
      try {
        const url = await urlFor(n, attempt > 1);
        inFlight.set(n, 0);
        await putPart(url, blob, (bytes) => {
          inFlight.set(n, bytes);
          report();
        });
        inFlight.delete(n);
        doneBytes += blob.size;
        report();
        return;
      } catch (error) {
        inFlight.delete(n);
        report();
        if (attempt >= MAX_ATTEMPTS) throw error;
        onRetry(attempt, error);
        await sleep(retryDelay(attempt));
      }
    }
  };

  const workers = [];
  for (let w = 0; w < Math.min(PARALLEL_PARTS, queue.length); w += 1) {
    workers.push((async () => {
      while (queue.length > 0) {
        const n = queue.shift();
        await sendPart(n);
      }
    })());
  }
  await Promise.all(workers);
  await api.complete(id);
  store.remove(key);
  onProgress(1);
  return id;
}

// --- the browser side ------------------------------------------------------------------------------

async function json(method, url, body) {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new Error((data && data.message) || `${response.status}`);
    error.status = response.status;
    throw error;
  }
  return data;
}

const api = {
  create: (body) => json('POST', '/api/uploads', body),
  get: (id) => json('GET', `/api/uploads/${id}`),
  partUrls: (id, partNumbers) => json('POST', `/api/uploads/${id}/part-urls`, { partNumbers }),
  parts: (id) => json('GET', `/api/uploads/${id}/parts`),
  complete: (id) => json('POST', `/api/uploads/${id}/complete`, {}),
};

/** PUTs a part with XMLHttpRequest, which reports upload progress (fetch does not). */
function putPart(url, blob, onBytes) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.upload.onprogress = (event) => onBytes(event.loaded);
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(new Error(`S3 ${xhr.status}`)));
    xhr.onerror = () => reject(new Error('network'));
    xhr.ontimeout = () => reject(new Error('timeout'));
    xhr.send(blob);
  });
}

/** Waits `ms`, or until the browser is back online when it is offline. */
function sleep(ms) {
  return new Promise((resolve) => {
    if (navigator.onLine === false) {
      window.addEventListener('online', () => resolve(), { once: true });
    } else {
      setTimeout(resolve, ms);
    }
  });
}

const storage = {
  get: (key) => window.localStorage.getItem(key),
  set: (key, value) => window.localStorage.setItem(key, value),
  remove: (key) => window.localStorage.removeItem(key),
};

function text(element, name, percent) {
  const value = element.dataset[name] || '';
  return percent === undefined ? value : value.replace('%p', String(percent));
}

async function followProcessing(element, mediaId, status, bar) {
  for (;;) {
    const media = await json('GET', `/api/media/${mediaId}`);
    if (media.state === 'READY') {
      element.dataset.mediaState = 'READY';
      status.textContent = text(element, 'textReady');
      bar.value = 100;
      return media;
    }
    if (media.state === 'FAILED') {
      element.dataset.mediaState = 'FAILED';
      throw new Error(media.failureReason || 'FAILED');
    }
    bar.value = media.progress;
    status.textContent = text(element, 'textProcessing', media.progress);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Wires every lesson upload row ([data-lesson-upload]) of the page. */
export function bindUploads(root) {
  for (const element of root.querySelectorAll('[data-lesson-upload]')) {
    const input = element.querySelector('[data-upload-file]');
    const bar = element.querySelector('[data-upload-progress]');
    const status = element.querySelector('[data-upload-status]');
    const { course, lesson } = element.dataset;
    element.dataset.bound = 'true';
    const pending = Object.keys(window.localStorage).some((k) => k.startsWith(`anxue-upload:${lesson}:`));
    if (pending) status.textContent = text(element, 'textResumable');
    input.addEventListener('change', async () => {
      const file = input.files && input.files[0];
      if (!file) return;
      input.disabled = true;
      bar.hidden = false;
      bar.value = 0;
      element.dataset.uploading = 'true';
      status.textContent = text(element, 'textStarting');
      try {
        const mediaId = await uploadFile(file, {
          api,
          putPart,
          store: storage,
          sleep,
          lesson,
          onProgress: (fraction) => {
            const percent = Math.floor(fraction * 100);
            bar.value = percent;
            status.textContent = text(element, 'textProgress', percent);
          },
          onRetry: () => {
            status.textContent = text(element, 'textRetrying');
          },
        });
        element.dataset.media = mediaId;
        element.dataset.uploaded = 'true';
        await json('PUT', `/api/courses/${course}/draft/lessons/${lesson}/video`, { mediaId });
        await followProcessing(element, mediaId, status, bar);
        window.location.reload();
      } catch (error) {
        element.dataset.uploadError = 'true';
        status.textContent = text(element, 'textFailed') + error.message;
        input.disabled = false;
      } finally {
        delete element.dataset.uploading;
      }
    });
  }
}
