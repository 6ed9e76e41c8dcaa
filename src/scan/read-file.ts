/**
 * One file of the workspace read safely: a link is followed only inside the workspace, and a
 * file over the size cap is not read (only searched for PEM armour, to say it was trust material).
 */
import { closeSync, constants, fstatSync, openSync, readlinkSync, readSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { hasCertificateExtension } from '../certs/file-names.js';
import { TRUST_MARKERS } from './markers.js';
import type { ScanProblem } from '../model/repository.js';

export type Read = { bytes: Buffer } | { problem: ScanProblem } | { skip: true };

/** A file system error in words, with the workspace's own path left out (it is the runner's, not the repository's). */
function errorText(error: unknown, root: string): string {
  const e = error as NodeJS.ErrnoException;
  const text = e.code ? `${e.code}: ${e.message.replace(/^\w+: /, '')}` : String(e.message ?? e);
  return text.split(`${root}/`).join('').split(root).join('.');
}

/** Whether a file holds PEM armour (or its base64), read a chunk at a time: for files too large to decode. */
function holdsTrustMarker(fd: number): boolean {
  const chunk = Buffer.allocUnsafe(1 << 20);
  const overlap = Math.max(...TRUST_MARKERS.map((m) => m.length));
  for (let position = 0; ; position += chunk.length - overlap) {
    const n = readSync(fd, chunk, 0, chunk.length, position);
    if (TRUST_MARKERS.some((m) => chunk.subarray(0, n).includes(m))) return true;
    if (n < chunk.length) return false;
  }
}

/** Reads one file without following a link out of the workspace and without reading past the cap. */
export function readFile(root: string, path: string, maxBytes: number): Read {
  const full = join(root, path);
  let fd: number;
  try {
    fd = openSync(full, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { skip: true }; // tracked but deleted in the working tree
    if (code !== 'ELOOP') return { problem: { path, kind: 'unreadable', reason: errorText(error, root) } };
    const trust = hasCertificateExtension(path);
    const written = readlinkSync(full);
    let target: string;
    try {
      target = realpathSync(full);
    } catch (linkError) {
      const reason = `it is a link to ${written}, which cannot be followed (${errorText(linkError, root)})`;
      return {
        problem: {
          path,
          kind: trust ? 'not-loadable' : 'unreadable',
          reason: trust ? `clients reading this file load no certificate: ${reason}` : reason,
        },
      };
    }
    const inside = relative(realpathSync(root), target);
    if (inside.startsWith('..') || inside.startsWith(sep) || inside === '') {
      const reason = `it is a link to ${written}, outside the workspace, which the scan never reads`;
      return {
        problem: {
          path,
          kind: trust ? 'trust-unchecked' : 'link-outside',
          reason: trust ? `${reason}, though clients load it` : `${reason}; not followed`,
        },
      };
    }
    return readFile(root, inside.split(sep).join('/'), maxBytes);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { skip: true };
    if (stat.size > maxBytes) {
      const trust = hasCertificateExtension(path) || holdsTrustMarker(fd);
      const what = trust ? 'it looks like trust material (a certificate name or PEM armour), but ' : '';
      return {
        problem: {
          path,
          kind: trust ? 'trust-unchecked' : 'too-large',
          reason: `${what}its ${stat.size} bytes are over the ${maxBytes}-byte cap (max-file-size-mb), so it was not read`,
        },
      };
    }
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read) };
  } catch (error) {
    return { problem: { path, kind: 'unreadable', reason: errorText(error, root) } };
  } finally {
    closeSync(fd);
  }
}
