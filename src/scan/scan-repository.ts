/**
 * The scan of a repository: each candidate file read once, by the reader its name calls for,
 * for its certificates, its IaC pins and what its clients load. The facts are in repository.ts.
 */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { isBinary } from '../certs/bytes.js';
import type { FileCertificates, KnownCertificates } from '../certs/file-certificates.js';
import { readerFor } from '../certs/file-names.js';
import { Reading } from '../certs/read.js';
import { clientsInFile, type FileClients } from './clients.js';
import { listFiles } from './files.js';
import { followClients } from './follow-clients.js';
import { filesContaining } from './grep.js';
import { iacFacts, iacReaderOf } from './iac/index.js';
import { IAC_MARKERS, MARKERS } from './markers.js';
import { readFile, type Read } from './read-file.js';
import { type RepositoryFacts } from '../model/repository.js';
import { record } from './record.js';

export interface ScanOptions {
  paths: readonly string[];
  exclude: readonly string[];
  /** Tried in order on PKCS#12 stores, and to verify JKS integrity (the caller adds the defaults). */
  truststorePasswords: readonly string[];
  maxFileBytes: number;
  known: KnownCertificates;
}

const NOT_CLIENTS = new Set(['documentation', 'certificate-file', 'pkcs7', 'pkcs12', 'keystore']);

export async function scanRepository(root: string, options: ScanOptions): Promise<RepositoryFacts> {
  const listed = await listFiles(root, options.paths, options.exclude);
  const facts: RepositoryFacts = {
    root,
    scope: listed.scope,
    listedBy: listed.listedBy,
    filesScanned: listed.files.length,
    certificateFiles: [],
    pins: [],
    declarations: [],
    problems: [],
    clients: { downloads: [], references: [], connections: [], profiles: [] },
  };
  const found: FileClients = { downloads: [], references: [], connections: [], profiles: [] };
  for (const { path, reason } of listed.missing) facts.problems.push({ path, kind: 'not-found', reason });
  for (const path of listed.submodules) {
    facts.problems.push({
      path,
      kind: 'submodule',
      reason:
        'a git submodule that is not checked out, so nothing in it was scanned (check it out with `actions/checkout` `submodules: true`, or exclude it)',
    });
  }
  const readInWorkspace = (path: string): Read => readFile(root, path, options.maxFileBytes);
  const passwords = options.truststorePasswords;
  const iacTexts = new Map<string, string>();
  // Monorepos vendor the same bundle many times: decode each distinct content once per reader.
  const decoded = new Map<string, FileCertificates>();
  const reading = new Reading({ passwords, known: options.known });
  // The other files hold none of the markers (git grep looked) and no certificate extension.
  for (const path of [...listed.candidates].sort()) {
    const read = readInWorkspace(path);
    if ('skip' in read) continue;
    if ('problem' in read) {
      facts.problems.push(read.problem);
      continue;
    }
    // Source code is read by its language's rules: keyed by the extension too.
    const reader = readerFor(path);
    const key = `${reader === 'source' ? extname(path) : reader} ${createHash('sha256').update(read.bytes).digest('hex')}`;
    const certificates = decoded.get(key) ?? (await reading.file(path, read.bytes));
    decoded.set(key, certificates);
    record(facts, path, certificates);
    // Text, decoded once for the IaC readers and the client search, only when one of them wants it.
    let binaryFile: boolean | undefined;
    const binary = (): boolean => (binaryFile ??= isBinary(read.bytes));
    let decodedText: string | undefined;
    const text = (): string => (decodedText ??= read.bytes.toString('utf8'));
    // Only files an IaC reader reads are searched for its markers: a bundle is not searched 40 times.
    if (
      (iacReaderOf(path, '') !== undefined || !extname(path)) &&
      IAC_MARKERS.some((m) => read.bytes.includes(m)) &&
      !binary() &&
      iacReaderOf(path, text())
    ) {
      iacTexts.set(path, text());
    }
    // Certificate files and documentation are not clients: a URL in a saved web page fetches nothing.
    if (!NOT_CLIENTS.has(reader) && !binary()) {
      const clients = clientsInFile(path, text());
      found.downloads.push(...clients.downloads);
      found.references.push(...clients.references);
      found.connections.push(...clients.connections);
      found.profiles.push(...clients.profiles);
      if (clients.proxyHosts) (found.proxyHosts ??= []).push(...clients.proxyHosts);
      if (clients.databaseHosts) (found.databaseHosts ??= []).push(...clients.databaseHosts);
      if (clients.rootWrites) (found.rootWrites ??= []).push(...clients.rootWrites);
    }
  }
  await followClients(facts, found, listed.files, reading, readInWorkspace);
  const iac = await iacFacts({
    candidates: iacTexts,
    files: listed.files,
    read: (path) => {
      const read = readInWorkspace(path);
      if ('problem' in read) facts.problems.push(read.problem);
      return 'bytes' in read ? read.bytes.toString('utf8') : undefined;
    },
    // The grep that chose the candidates looked for every marker: a search for markers is answered from it.
    containing: (paths, needles) =>
      needles.every((n) => MARKERS.includes(n))
        ? Promise.resolve(new Set(paths.filter((p) => listed.candidates.has(p))))
        : listed.listedBy === 'git'
          ? filesContaining(root, paths, needles)
          : Promise.resolve(undefined),
  });
  facts.pins = iac.pins;
  facts.declarations = iac.declarations;
  if (iac.proxies?.length) facts.proxies = iac.proxies;
  facts.problems.push(
    ...iac.problems.map((p) => ({
      path: p.file,
      line: p.line,
      kind: 'not-parsed' as const,
      reason: p.unsupported ? p.message : `the ${p.parser} parser stopped at line ${p.line}, so what follows was not judged: ${p.message}`,
    })),
  );
  return facts;
}
