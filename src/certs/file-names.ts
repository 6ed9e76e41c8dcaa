/**
 * File names and what they promise: a `.pem` is loaded by OpenSSL (libpq, Python, Node, PHP,
 * the mysql/mariadb clients), a `.jks` by Java, a YAML manifest by Kubernetes, a `.py` by its
 * interpreter.
 */
import { sourceLanguage } from './source-strings.js';

/** Who reads a file, by its name. */
export type Reader = 'certificate-file' | 'pkcs7' | 'pkcs12' | 'keystore' | 'document' | 'source' | 'documentation' | 'text';

const BY_EXTENSION: Record<string, Reader> = {
  pem: 'certificate-file',
  crt: 'certificate-file',
  cer: 'certificate-file',
  cert: 'certificate-file',
  'ca-bundle': 'certificate-file',
  der: 'certificate-file',
  p7b: 'pkcs7',
  p7c: 'pkcs7',
  p12: 'pkcs12',
  pfx: 'pkcs12',
  jks: 'keystore',
  jceks: 'keystore',
  keystore: 'keystore',
  truststore: 'keystore',
  yaml: 'document',
  yml: 'document',
  json: 'document',
  md: 'documentation',
  markdown: 'documentation',
  rst: 'documentation',
  adoc: 'documentation',
  asciidoc: 'documentation',
  html: 'documentation',
  htm: 'documentation',
};

export function readerFor(path: string): Reader {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const extension = base.endsWith('.ca-bundle') ? 'ca-bundle' : base.slice(base.lastIndexOf('.') + 1);
  if (!base.includes('.')) return 'text';
  return BY_EXTENSION[extension] ?? (sourceLanguage(base) ? 'source' : 'text');
}

/** Readers of certificate files and truststores: a file named for one of them that yields no certificate is a problem. */
const TRUST_READERS: ReadonlySet<Reader> = new Set(['certificate-file', 'pkcs7', 'pkcs12', 'keystore']);
const CERTIFICATE_NAME = new RegExp(
  `\\.(?:${Object.keys(BY_EXTENSION)
    .filter((e) => TRUST_READERS.has(BY_EXTENSION[e]))
    .join('|')})$`,
  'i',
);

/** A name that promises a certificate file or truststore. Called for every file of the repository: one regular expression, no allocation. */
export function hasCertificateExtension(path: string): boolean {
  return CERTIFICATE_NAME.test(path);
}
