/**
 * File names and what they promise: a `.pem` is loaded by OpenSSL (libpq, Python, Node, PHP,
 * the mysql/mariadb clients), a `.jks` by Java, a YAML manifest by Kubernetes, a `.py` by its
 * interpreter.
 */
import { sourceLanguage } from './source-strings.js';

/** Names that promise a certificate file or truststore: one that yields none is a problem. */
export const CERTIFICATE_EXTENSIONS = [
  '.pem',
  '.crt',
  '.cer',
  '.cert',
  '.ca-bundle',
  '.der',
  '.p7b',
  '.p7c',
  '.p12',
  '.pfx',
  '.jks',
  '.jceks',
  '.keystore',
  '.truststore',
];

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

const CERTIFICATE_NAME = new RegExp(`(?:${CERTIFICATE_EXTENSIONS.map((e) => e.replace('.', '\\.')).join('|')})$`, 'i');

/** Called for every file of the repository: one regular expression, no allocation. */
export function hasCertificateExtension(path: string): boolean {
  return CERTIFICATE_NAME.test(path);
}
