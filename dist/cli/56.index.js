export const id = 56;
export const ids = [56];
export const modules = {

/***/ 12278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y_: () => (/* binding */ children),
/* harmony export */   f7: () => (/* binding */ parseBer),
/* harmony export */   gb: () => (/* binding */ isContextTag),
/* harmony export */   jq: () => (/* binding */ oid),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   tu: () => (/* binding */ octets),
/* harmony export */   y8: () => (/* binding */ der)
/* harmony export */ });
/* harmony import */ var asn1js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71368);
/**
 * Walking BER structures parsed by asn1js: children, object identifiers, octets, integers.
 * Containers are walked by structure and each certificate's DER taken as it stands; what an
 * OCTET STRING holds is not decoded (parseEmbedded off), so a 100-certificate store parses fast.
 */

/**
 * asn1js stops at 10,000 nodes by default; a keytool PKCS#12 of AWS's 108-certificate global
 * bundle has more. Containers are read under the file size cap, so a larger bound costs
 * nothing but lets real truststores through.
 */
const MAX_NODES = 2_000_000;
function parseBer(bytes, what) {
    const asn1 = asn1js__WEBPACK_IMPORTED_MODULE_0__/* .fromBER */ .mH(new Uint8Array(bytes), { maxNodes: MAX_NODES, parseEmbedded: false });
    if (asn1.offset === -1)
        throw new Error(`${what} is not valid DER (${asn1.result.error})`);
    return asn1.result;
}
/** The children of a constructed value (a SEQUENCE, SET or explicit tag); none for a primitive. */
function children(node) {
    const value = node?.valueBlock?.value;
    return Array.isArray(value) ? value : [];
}
const oid = (node) => node instanceof asn1js__WEBPACK_IMPORTED_MODULE_0__/* .ObjectIdentifier */ .dS ? node.valueBlock.toString() : undefined;
const isContextTag = (node, tag) => node?.idBlock.tagClass === 3 && node.idBlock.tagNumber === tag;
/** The bytes of an OCTET STRING, or of an implicitly tagged one, primitive or constructed. */
function octets(node) {
    if (!node)
        throw new Error('an expected OCTET STRING is missing');
    if (node instanceof asn1js__WEBPACK_IMPORTED_MODULE_0__/* .OctetString */ .lW)
        return Buffer.from(node.getValue());
    if (node.idBlock.isConstructed)
        return Buffer.concat(children(node).map(octets));
    return Buffer.from(node.valueBlock.valueHexView);
}
/** A non-negative INTEGER from its bytes (asn1js's own valueDec reads 2^23 and above as 0). */
function integer(node, fallback) {
    if (node instanceof asn1js__WEBPACK_IMPORTED_MODULE_0__/* .Integer */ .jz)
        return node.valueBlock.valueHexView.reduce((n, byte) => n * 256 + byte, 0);
    if (fallback !== undefined)
        return fallback;
    throw new Error('an expected INTEGER is missing');
}
/** The DER a node was decoded from. */
const der = (node) => new Uint8Array(node.valueBeforeDecodeView);


/***/ }),

/***/ 41056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  certificatesFromPkcs12: () => (/* binding */ certificatesFromPkcs12)
});

// EXTERNAL MODULE: ./src/certs/asn1.ts
var asn1 = __webpack_require__(12278);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/certs/store.ts
var store = __webpack_require__(84494);
;// CONCATENATED MODULE: ./src/certs/pkcs12-crypto.ts
/**
 * The password-based cryptography of PKCS#12 stores (RFC 7292): the MAC checked with the
 * password, and SafeContents decrypted (PBES2: PBKDF2 with AES or 3DES; or PKCS#12's own PBE
 * with 3DES). Node's crypto does the work: pkijs's JavaScript key derivation took over a
 * second for one keytool store.
 */



const PBES2 = '1.2.840.113549.1.5.13';
const PBKDF2 = '1.2.840.113549.1.5.12';
const PBE_SHA1_3DES = '1.2.840.113549.1.12.1.3';
/** Digests by OID, with their block size (the PKCS#12 key derivation works in blocks). */
const DIGESTS = {
    '1.3.14.3.2.26': { name: 'sha1', block: 64 },
    '2.16.840.1.101.3.4.2.4': { name: 'sha224', block: 64 },
    '2.16.840.1.101.3.4.2.1': { name: 'sha256', block: 64 },
    '2.16.840.1.101.3.4.2.2': { name: 'sha384', block: 128 },
    '2.16.840.1.101.3.4.2.3': { name: 'sha512', block: 128 },
};
const HMAC_PRFS = {
    '1.2.840.113549.2.7': 'sha1',
    '1.2.840.113549.2.8': 'sha224',
    '1.2.840.113549.2.9': 'sha256',
    '1.2.840.113549.2.10': 'sha384',
    '1.2.840.113549.2.11': 'sha512',
};
const CIPHERS = {
    '2.16.840.1.101.3.4.1.2': { name: 'aes-128-cbc', key: 16 },
    '2.16.840.1.101.3.4.1.22': { name: 'aes-192-cbc', key: 24 },
    '2.16.840.1.101.3.4.1.42': { name: 'aes-256-cbc', key: 32 },
    '1.2.840.113549.3.7': { name: 'des-ede3-cbc', key: 24 },
};
/** The password as PKCS#12's own derivation hashes it: UTF-16BE with a two-byte terminator (RFC 7292 B.1). */
function bmpPassword(password) {
    return Buffer.concat([(0,store/* utf16be */.gH)(password), Buffer.alloc(2)]);
}
/**
 * The most iterations the PKCS#12 key derivation is run for: keytool uses 10,000, openssl 2,048.
 * A store asking for more is not opened (a crafted count would hold the job for minutes).
 */
const MAX_ITERATIONS = 1_000_000;
/** The iteration count a store asks for, when this reader runs that many. */
function boundedIterations(count, what) {
    if (count > MAX_ITERATIONS)
        throw new store/* UnsupportedStoreError */.lE(`its ${what} asks for ${count} iterations, more than the ${MAX_ITERATIONS} this reader runs`);
    return count;
}
/** RFC 7292 appendix B.2: `length` bytes of key material of purpose `id` (1 key, 2 IV, 3 MAC). */
function pkcs12Key(digest, id, password, salt, iterations, length) {
    const v = digest.block;
    const fill = (bytes) => (bytes.length ? Buffer.alloc(v * Math.ceil(bytes.length / v), bytes) : Buffer.alloc(0));
    const input = Buffer.concat([fill(salt), fill(password)]);
    const out = [];
    for (let produced = 0; produced < length;) {
        let a = Buffer.concat([Buffer.alloc(v, id), input]);
        for (let k = 0; k < iterations; k++)
            a = (0,external_node_crypto_.createHash)(digest.name).update(a).digest();
        out.push(a);
        produced += a.length;
        if (produced >= length)
            break;
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
const bmpCandidates = (password) => (password ? [bmpPassword(password)] : [bmpPassword(''), Buffer.alloc(0)]);
/** MacData ::= SEQUENCE { mac DigestInfo, macSalt OCTET STRING, iterations INTEGER DEFAULT 1 } */
function verifyMac(macData, content, password) {
    const [mac, salt, iterations] = (0,asn1/* children */.Y_)(macData);
    const [algorithm, digestValue] = (0,asn1/* children */.Y_)(mac);
    const digest = DIGESTS[(0,asn1/* oid */.jq)((0,asn1/* children */.Y_)(algorithm)[0]) ?? ''];
    if (!digest)
        throw new Error(`its MAC uses a digest this reader does not know (${(0,asn1/* oid */.jq)((0,asn1/* children */.Y_)(algorithm)[0])})`);
    const expected = (0,asn1/* octets */.tu)(digestValue);
    const rounds = boundedIterations((0,asn1/* integer */.nd)(iterations, 1), 'MAC');
    for (const bytes of bmpCandidates(password)) {
        const key = pkcs12Key(digest, 3, bytes, (0,asn1/* octets */.tu)(salt), rounds, (0,external_node_crypto_.createHash)(digest.name).digest().length);
        const actual = (0,external_node_crypto_.createHmac)(digest.name, key).update(content).digest();
        if (actual.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(actual, expected))
            return;
    }
    throw new store/* WrongPasswordError */.Pi("the password does not match the store's MAC");
}
/** Decrypts an EncryptedContentInfo's content with the password. */
function decrypt(algorithm, encrypted, password) {
    const [id, params] = (0,asn1/* children */.Y_)(algorithm);
    let decipher;
    if ((0,asn1/* oid */.jq)(id) === PBES2) {
        const [kdf, scheme] = (0,asn1/* children */.Y_)(params);
        const [kdfId, kdfParams] = (0,asn1/* children */.Y_)(kdf);
        if ((0,asn1/* oid */.jq)(kdfId) !== PBKDF2)
            throw new store/* UnsupportedStoreError */.lE(`key derivation ${(0,asn1/* oid */.jq)(kdfId)} is not supported`);
        const [salt, iterations, ...rest] = (0,asn1/* children */.Y_)(kdfParams);
        const prfNode = rest.find((n) => (0,asn1/* children */.Y_)(n).length);
        const prf = prfNode ? HMAC_PRFS[(0,asn1/* oid */.jq)((0,asn1/* children */.Y_)(prfNode)[0]) ?? ''] : 'sha1';
        const [cipherId, iv] = (0,asn1/* children */.Y_)(scheme);
        const cipher = CIPHERS[(0,asn1/* oid */.jq)(cipherId) ?? ''];
        if (!cipher || !prf)
            throw new store/* UnsupportedStoreError */.lE(`encryption ${(0,asn1/* oid */.jq)(cipherId)} with ${prfNode ? (0,asn1/* oid */.jq)((0,asn1/* children */.Y_)(prfNode)[0]) : 'hmacWithSHA1'} is not supported`);
        const rounds = boundedIterations((0,asn1/* integer */.nd)(iterations), 'encryption');
        const key = (0,external_node_crypto_.pbkdf2Sync)(Buffer.from(password, 'utf8'), (0,asn1/* octets */.tu)(salt), rounds, cipher.key, prf);
        decipher = (0,external_node_crypto_.createDecipheriv)(cipher.name, key, (0,asn1/* octets */.tu)(iv));
    }
    else if ((0,asn1/* oid */.jq)(id) === PBE_SHA1_3DES) {
        const [salt, iterations] = (0,asn1/* children */.Y_)(params);
        const rounds = boundedIterations((0,asn1/* integer */.nd)(iterations), 'encryption');
        const sha1 = DIGESTS['1.3.14.3.2.26'];
        const bmp = bmpPassword(password);
        decipher = (0,external_node_crypto_.createDecipheriv)('des-ede3-cbc', pkcs12Key(sha1, 1, bmp, (0,asn1/* octets */.tu)(salt), rounds, 24), pkcs12Key(sha1, 2, bmp, (0,asn1/* octets */.tu)(salt), rounds, 8));
    }
    else {
        throw new store/* UnsupportedStoreError */.lE(`its certificates are encrypted with ${(0,asn1/* oid */.jq)(id) === '1.2.840.113549.1.12.1.6' ? "RC2-40 (Java 8's keytool)" : (0,asn1/* oid */.jq)(id)}, which this reader cannot decrypt: re-save the store with a current keytool to have it checked`);
    }
    return Buffer.concat([decipher.update(encrypted), decipher.final()]);
}

;// CONCATENATED MODULE: ./src/certs/pkcs12.ts
/**
 * PKCS#12 stores as keytool and openssl write them (RFC 7292): the MAC checked with the
 * password, each SafeContents read, plain or password-encrypted (pkcs12-crypto.ts), and the
 * X.509 certificates of its certificate bags taken as they stand.
 */



const DATA = '1.2.840.113549.1.7.1';
const ENCRYPTED_DATA = '1.2.840.113549.1.7.6';
const CERT_BAG = '1.2.840.113549.1.12.10.1.3';
const SAFE_CONTENTS_BAG = '1.2.840.113549.1.12.10.1.6';
const X509_CERTIFICATE = '1.2.840.113549.1.9.22.1';
const KEY_BAGS = new Set(['1.2.840.113549.1.12.10.1.1', '1.2.840.113549.1.12.10.1.2']);
/** Oracle's trusted key usage attribute: keytool -importcert marks each trusted certificate with it. */
const TRUSTED_KEY_USAGE = '2.16.840.1.113894.746875.1.1';
const LOCAL_KEY_ID = '1.2.840.113549.1.9.21';
/** The bags of a SafeContents (SEQUENCE OF SafeBag), nested SafeContents included. */
function bagsOf(bytes) {
    const out = [];
    for (const bag of (0,asn1/* children */.Y_)((0,asn1/* parseBer */.f7)(bytes, 'PKCS#12 safe contents'))) {
        const [bagId, bagValue, attributes] = (0,asn1/* children */.Y_)(bag);
        const value = (0,asn1/* children */.Y_)(bagValue)[0];
        if ((0,asn1/* oid */.jq)(bagId) === SAFE_CONTENTS_BAG && value) {
            out.push(...bagsOf((0,asn1/* der */.y8)(value)));
            continue;
        }
        // PKCS12Attribute ::= SEQUENCE { attrId OID, attrValues SET }
        const attribute = (id) => (0,asn1/* children */.Y_)(attributes).find((a) => (0,asn1/* oid */.jq)((0,asn1/* children */.Y_)(a)[0]) === id);
        const keyId = attribute(LOCAL_KEY_ID);
        const entry = { isKey: KEY_BAGS.has((0,asn1/* oid */.jq)(bagId) ?? ''), trusted: attribute(TRUSTED_KEY_USAGE) !== undefined };
        if (keyId)
            entry.localKeyId = Buffer.from((0,asn1/* der */.y8)((0,asn1/* children */.Y_)(keyId)[1])).toString('hex');
        if ((0,asn1/* oid */.jq)(bagId) === CERT_BAG) {
            const [certId, certValue] = (0,asn1/* children */.Y_)(value);
            if ((0,asn1/* oid */.jq)(certId) === X509_CERTIFICATE)
                entry.certificate = new Uint8Array((0,asn1/* octets */.tu)((0,asn1/* children */.Y_)(certValue)[0]));
        }
        out.push(entry);
    }
    return out;
}
/**
 * The certificates of a PKCS#12 store as Java's keystore loads them: those keytool marked as
 * trusted, and each private key's own certificate (a trust manager trusts it too). Others
 * (the rest of a key's chain, certificates openssl pkcs12 -export wrote without the mark)
 * Java does not trust. Throws WrongPasswordError when the password does not open it.
 */
function certificatesFromPkcs12(bytes, password) {
    const [, authSafe, macData] = (0,asn1/* children */.Y_)((0,asn1/* parseBer */.f7)(bytes, 'PKCS#12'));
    const [contentType, wrapped] = (0,asn1/* children */.Y_)(authSafe);
    if ((0,asn1/* oid */.jq)(contentType) !== DATA)
        throw new Error('PKCS#12 with public-key integrity is not supported');
    const content = (0,asn1/* octets */.tu)((0,asn1/* children */.Y_)(wrapped)[0]);
    if (macData)
        verifyMac(macData, content, password);
    const bags = [];
    for (const info of (0,asn1/* children */.Y_)((0,asn1/* parseBer */.f7)(content, 'PKCS#12 authenticated safe'))) {
        const [type, inner] = (0,asn1/* children */.Y_)(info);
        const value = (0,asn1/* children */.Y_)(inner)[0];
        if ((0,asn1/* oid */.jq)(type) === DATA)
            bags.push(...bagsOf((0,asn1/* octets */.tu)(value)));
        else if ((0,asn1/* oid */.jq)(type) === ENCRYPTED_DATA) {
            // EncryptedData ::= SEQUENCE { version, EncryptedContentInfo { contentType, algorithm, [0] IMPLICIT encryptedContent } }
            const [, algorithm, encrypted] = (0,asn1/* children */.Y_)((0,asn1/* children */.Y_)(value)[1]);
            let plain;
            try {
                plain = decrypt(algorithm, (0,asn1/* octets */.tu)(encrypted), password);
            }
            catch (error) {
                if (error instanceof store/* UnsupportedStoreError */.lE)
                    throw error;
                // Without a MAC, a failed decryption is the only sign of a wrong password.
                if (!macData && /bad decrypt|wrong final block/i.test(error.message))
                    throw new store/* WrongPasswordError */.Pi('the certificates cannot be decrypted with the password');
                throw new Error(`the certificates cannot be decrypted: ${error.message}`);
            }
            bags.push(...bagsOf(plain));
        }
    }
    const keyIds = new Set(bags.filter((b) => b.isKey && b.localKeyId).map((b) => b.localKeyId));
    const certificates = bags.filter((b) => b.certificate);
    const trusted = certificates.filter((b) => b.trusted || (b.localKeyId !== undefined && keyIds.has(b.localKeyId)));
    return { trusted: trusted.map((b) => b.certificate), ignored: certificates.length - trusted.length };
}


/***/ })

};
