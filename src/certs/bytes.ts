/** What a file's raw bytes are, before any reader decodes them. */

/** The bytes as a Buffer over the same memory (no copy). */
export const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export const asText = (bytes: Uint8Array): string => asBuffer(bytes).toString('utf8');

/** A NUL byte in the first 8,000 bytes, as git and grep decide a file is binary. */
export function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8000);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** What a file that holds no loadable certificate holds instead, in words. */
export function whatItIs(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'it is empty';
  const head = asText(bytes.subarray(0, 2048)).toLowerCase();
  if (head.includes('<html') || head.includes('<!doctype html')) return 'it is an HTML page (a web page saved under a certificate name?)';
  if (head.includes('<?xml') || head.includes('<error>'))
    return 'it is an XML document (an S3 error such as AccessDenied saved under a certificate name?)';
  if (/^\s*[{[]/.test(head)) return 'it is JSON, not PEM';
  if (head.includes('-----begin pkcs7-----'))
    return "it is a PKCS#7 bundle in PEM armour, which OpenSSL's certificate loader skips (convert it: `openssl pkcs7 -print_certs -in FILE -out FILE.pem`)";
  return undefined;
}
