/**
 * The password-based cryptography of PKCS#12 stores (RFC 7292): the MAC checked with the
 * password, and SafeContents decrypted (PBES2: PBKDF2 with AES or 3DES; or PKCS#12's own PBE
 * with 3DES). Node's crypto does the work: pkijs's JavaScript key derivation took over a
 * second for one keytool store.
 */
import { createDecipheriv, createHash, createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import { children, integer, octets, oid, type Node } from './asn1.js';
import { UnsupportedStoreError, utf16be, WrongPasswordError } from './store.js';

const PBES2 = '1.2.840.113549.1.5.13';
const PBKDF2 = '1.2.840.113549.1.5.12';
const PBE_SHA1_3DES = '1.2.840.113549.1.12.1.3';

/** Digests by OID, with their block size (the PKCS#12 key derivation works in blocks). */
const DIGESTS: Record<string, { name: string; block: number }> = {
  '1.3.14.3.2.26': { name: 'sha1', block: 64 },
  '2.16.840.1.101.3.4.2.4': { name: 'sha224', block: 64 },
  '2.16.840.1.101.3.4.2.1': { name: 'sha256', block: 64 },
  '2.16.840.1.101.3.4.2.2': { name: 'sha384', block: 128 },
  '2.16.840.1.101.3.4.2.3': { name: 'sha512', block: 128 },
};
const HMAC_PRFS: Record<string, string> = {
  '1.2.840.113549.2.7': 'sha1',
  '1.2.840.113549.2.8': 'sha224',
  '1.2.840.113549.2.9': 'sha256',
  '1.2.840.113549.2.10': 'sha384',
  '1.2.840.113549.2.11': 'sha512',
};
const CIPHERS: Record<string, { name: string; key: number }> = {
  '2.16.840.1.101.3.4.1.2': { name: 'aes-128-cbc', key: 16 },
  '2.16.840.1.101.3.4.1.22': { name: 'aes-192-cbc', key: 24 },
  '2.16.840.1.101.3.4.1.42': { name: 'aes-256-cbc', key: 32 },
  '1.2.840.113549.3.7': { name: 'des-ede3-cbc', key: 24 },
};

/** The password as PKCS#12's own derivation hashes it: UTF-16BE with a two-byte terminator (RFC 7292 B.1). */
function bmpPassword(password: string): Buffer {
  return Buffer.concat([utf16be(password), Buffer.alloc(2)]);
}

/**
 * The most iterations the PKCS#12 key derivation is run for: keytool uses 10,000, openssl 2,048.
 * A store asking for more is not opened (a crafted count would hold the job for minutes).
 */
export const MAX_ITERATIONS = 1_000_000;

/** The iteration count a store asks for, when this reader runs that many. */
function boundedIterations(count: number, what: 'MAC' | 'encryption'): number {
  if (count > MAX_ITERATIONS)
    throw new UnsupportedStoreError(`its ${what} asks for ${count} iterations, more than the ${MAX_ITERATIONS} this reader runs`);
  return count;
}

/** RFC 7292 appendix B.2: `length` bytes of key material of purpose `id` (1 key, 2 IV, 3 MAC). */
function pkcs12Key(
  digest: { name: string; block: number },
  id: number,
  password: Buffer,
  salt: Buffer,
  iterations: number,
  length: number,
): Buffer {
  const v = digest.block;
  const fill = (bytes: Buffer): Buffer => (bytes.length ? Buffer.alloc(v * Math.ceil(bytes.length / v), bytes) : Buffer.alloc(0));
  const input = Buffer.concat([fill(salt), fill(password)]);
  const out: Buffer[] = [];
  for (let produced = 0; produced < length;) {
    let a: Buffer = Buffer.concat([Buffer.alloc(v, id), input]);
    for (let k = 0; k < iterations; k++) a = createHash(digest.name).update(a).digest();
    out.push(a);
    produced += a.length;
    if (produced >= length) break;
    const b = Buffer.alloc(v, a);
    for (let j = 0; j < input.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = input[j + k] + b[k] + carry;
        input[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return Buffer.concat(out).subarray(0, length);
}

/** An empty password is hashed as the terminator alone by most tools, as nothing by some. */
const bmpCandidates = (password: string): Buffer[] => (password ? [bmpPassword(password)] : [bmpPassword(''), Buffer.alloc(0)]);

/** MacData ::= SEQUENCE { mac DigestInfo, macSalt OCTET STRING, iterations INTEGER DEFAULT 1 } */
export function verifyMac(macData: Node, content: Buffer, password: string): void {
  const [mac, salt, iterations] = children(macData);
  const [algorithm, digestValue] = children(mac);
  const digest = DIGESTS[oid(children(algorithm)[0]) ?? ''];
  if (!digest) throw new Error(`its MAC uses a digest this reader does not know (${oid(children(algorithm)[0])})`);
  const expected = octets(digestValue);
  const rounds = boundedIterations(integer(iterations, 1), 'MAC');
  for (const bytes of bmpCandidates(password)) {
    const key = pkcs12Key(digest, 3, bytes, octets(salt), rounds, createHash(digest.name).digest().length);
    const actual = createHmac(digest.name, key).update(content).digest();
    if (actual.length === expected.length && timingSafeEqual(actual, expected)) return;
  }
  throw new WrongPasswordError("the password does not match the store's MAC");
}

/** Decrypts an EncryptedContentInfo's content with the password. */
export function decrypt(algorithm: Node, encrypted: Buffer, password: string): Buffer {
  const [id, params] = children(algorithm);
  let decipher;
  if (oid(id) === PBES2) {
    const [kdf, scheme] = children(params);
    const [kdfId, kdfParams] = children(kdf);
    if (oid(kdfId) !== PBKDF2) throw new UnsupportedStoreError(`key derivation ${oid(kdfId)} is not supported`);
    const [salt, iterations, ...rest] = children(kdfParams);
    const prfNode = rest.find((n) => children(n).length);
    const prf = prfNode ? HMAC_PRFS[oid(children(prfNode)[0]) ?? ''] : 'sha1';
    const [cipherId, iv] = children(scheme);
    const cipher = CIPHERS[oid(cipherId) ?? ''];
    if (!cipher || !prf)
      throw new UnsupportedStoreError(
        `encryption ${oid(cipherId)} with ${prfNode ? oid(children(prfNode)[0]) : 'hmacWithSHA1'} is not supported`,
      );
    const rounds = boundedIterations(integer(iterations), 'encryption');
    const key = pbkdf2Sync(Buffer.from(password, 'utf8'), octets(salt), rounds, cipher.key, prf);
    decipher = createDecipheriv(cipher.name, key, octets(iv));
  } else if (oid(id) === PBE_SHA1_3DES) {
    const [salt, iterations] = children(params);
    const rounds = boundedIterations(integer(iterations), 'encryption');
    const sha1 = DIGESTS['1.3.14.3.2.26'];
    const bmp = bmpPassword(password);
    decipher = createDecipheriv(
      'des-ede3-cbc',
      pkcs12Key(sha1, 1, bmp, octets(salt), rounds, 24),
      pkcs12Key(sha1, 2, bmp, octets(salt), rounds, 8),
    );
  } else {
    throw new UnsupportedStoreError(
      `its certificates are encrypted with ${oid(id) === '1.2.840.113549.1.12.1.6' ? "RC2-40 (Java 8's keytool)" : oid(id)}, which this reader cannot decrypt: re-save the store with a current keytool to have it checked`,
    );
  }
  return Buffer.concat([decipher.update(encrypted), decipher.final()]);
}
