import { describe, expect, it } from 'vitest';
import { expectedPartSize, missingParts, resumeKey, retryDelay, uploadFile } from '../src/upload.js';

const MB = 1024 * 1024;

/** A file of `size` bytes as the upload sees it: slice() gives blobs with the right size. */
function file(size, name = 'lesson.mp4') {
  return {
    name,
    size,
    type: 'video/mp4',
    lastModified: 1700000000000,
    slice: (from, to) => ({ from, size: Math.min(to, size) - from }),
  };
}

function memoryStore(entries = {}) {
  const map = new Map(Object.entries(entries));
  return {
    get: (k) => (map.has(k) ? map.get(k) : null),
    set: (k, v) => map.set(k, v),
    remove: (k) => map.delete(k),
    map,
  };
}

/** A fake /api/uploads: records calls; `existing` is an upload S3 already holds some parts of. */
function fakeApi({ partSize = 5 * MB, size, existing = null, held = [] } = {}) {
  const calls = { create: 0, partUrls: [], complete: [] };
  const partCount = Math.ceil(size / partSize);
  return {
    calls,
    create: async (body) => {
      calls.create += 1;
      calls.created = body;
      return { id: 'new-upload', status: 'UPLOADING', partSize, partCount };
    },
    get: async (id) => (existing && id === existing ? { id, status: 'UPLOADING', partSize, partCount } : null),
    parts: async () => ({ parts: held }),
    partUrls: async (id, numbers) => {
      calls.partUrls.push(numbers);
      return { parts: numbers.map((n) => ({ partNumber: n, url: `https://s3/${id}/${n}?sig=${calls.partUrls.length}` })) };
    },
    complete: async (id) => {
      calls.complete.push(id);
      return { id };
    },
  };
}

describe('missingParts', () => {
  it('should leave out the parts S3 holds in their expected size and keep the others', () => {
    const size = 12 * MB;
    const held = [
      { partNumber: 1, size: 5 * MB },
      { partNumber: 2, size: 4 * MB }, // cut short by the drop: send again
    ];

    expect(missingParts(3, held, 5 * MB, size)).toEqual([2, 3]);
  });

  it('should give the last part the rest of the file', () => {
    expect(expectedPartSize(3, 3, 5 * MB, 12 * MB)).toBe(2 * MB);
    expect(expectedPartSize(1, 3, 5 * MB, 12 * MB)).toBe(5 * MB);
  });
});

describe('retryDelay', () => {
  it('should double the pause up to thirty seconds', () => {
    expect([1, 2, 3, 6, 7, 10].map(retryDelay)).toEqual([1000, 2000, 4000, 30_000, 30_000, 30_000]);
  });
});

describe('uploadFile', () => {
  it('should send every part, complete, report progress up to 1 and forget the upload', async () => {
    const f = file(12 * MB);
    const api = fakeApi({ size: f.size });
    const store = memoryStore();
    const sent = [];
    const progress = [];

    const id = await uploadFile(f, {
      api,
      store,
      lesson: 7,
      sleep: async () => {},
      putPart: async (url, blob, onBytes) => {
        onBytes(blob.size / 2);
        sent.push([url.split('?')[0], blob.size]);
      },
      onProgress: (p) => progress.push(p),
    });

    expect(id).toBe('new-upload');
    expect(api.calls.created).toEqual({ filename: 'lesson.mp4', size: 12 * MB, contentType: 'video/mp4' });
    expect(sent.sort()).toEqual([
      ['https://s3/new-upload/1', 5 * MB],
      ['https://s3/new-upload/2', 5 * MB],
      ['https://s3/new-upload/3', 2 * MB],
    ]);
    expect(api.calls.complete).toEqual(['new-upload']);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((p, i) => i === 0 || p >= 0)).toBe(true);
    expect(store.map.size).toBe(0);
  });

  it('should resume a remembered upload by sending only the parts S3 does not hold', async () => {
    const f = file(12 * MB);
    const key = resumeKey(7, f);
    const api = fakeApi({ size: f.size, existing: 'old-upload', held: [{ partNumber: 1, size: 5 * MB }] });
    const store = memoryStore({ [key]: 'old-upload' });
    const sent = [];
    const progress = [];

    const id = await uploadFile(f, {
      api,
      store,
      lesson: 7,
      sleep: async () => {},
      putPart: async (url) => sent.push(url.split('?')[0]),
      onProgress: (p) => progress.push(p),
    });

    expect(id).toBe('old-upload');
    expect(api.calls.create).toBe(0);
    expect(sent.sort()).toEqual(['https://s3/old-upload/2', 'https://s3/old-upload/3']);
    expect(progress[0]).toBeCloseTo(5 / 12);
    expect(store.get(key)).toBeNull();
  });

  it('should retry a part that failed with a fresh URL after a pause', async () => {
    const f = file(6 * MB);
    const api = fakeApi({ size: f.size });
    const pauses = [];
    const retries = [];
    let failures = 1;
    const sent = [];

    await uploadFile(f, {
      api,
      store: memoryStore(),
      lesson: 7,
      sleep: async (ms) => pauses.push(ms),
      putPart: async (url) => {
        if (url.includes('/2?') && failures > 0) {
          failures -= 1;
          throw new Error('network');
        }
        sent.push(url);
      },
      onRetry: (attempt, error) => retries.push([attempt, error.message]),
    });

    expect(retries).toEqual([[1, 'network']]);
    expect(pauses).toEqual([1000]);
    expect(sent.filter((u) => u.includes('/2?'))).toHaveLength(1);
    expect(api.calls.partUrls.length).toBeGreaterThan(1);
    expect(api.calls.complete).toEqual(['new-upload']);
  });

  it('should give up after repeated failures without completing, and remember the upload to resume', async () => {
    const f = file(3 * MB);
    const api = fakeApi({ size: f.size });
    const store = memoryStore();

    await expect(uploadFile(f, {
      api,
      store,
      lesson: 9,
      sleep: async () => {},
      putPart: async () => {
        throw new Error('offline');
      },
    })).rejects.toThrow('offline');

    expect(api.calls.complete).toEqual([]);
    expect(store.get(resumeKey(9, f))).toBe('new-upload');
  });
});
