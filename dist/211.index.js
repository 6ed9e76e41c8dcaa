export const id = 211;
export const ids = [211];
export const modules = {

/***/ 3211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WrongPasswordError: () => (/* binding */ WrongPasswordError),
/* harmony export */   certificatesFromPkcs7: () => (/* binding */ certificatesFromPkcs7),
/* harmony export */   openTruststore: () => (/* binding */ openTruststore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var asn1js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4723);
/* harmony import */ var pkijs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9701);
/* harmony import */ var jks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3008);
/* harmony import */ var jks_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(jks_js__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The binary containers that carry CA certificates: PKCS#7 (`.p7b`, as AWS publishes),
 * PKCS#12, and Java's JKS and JCEKS truststores. Decoded with pkijs/asn1js and jks-js;
 * each returns the DER of every certificate it holds, as keytool or openssl would list them.
 */




pkijs__WEBPACK_IMPORTED_MODULE_2__/* .setEngine */ .Zg6('node', new pkijs__WEBPACK_IMPORTED_MODULE_2__/* .CryptoEngine */ .SFi({ name: 'node', crypto: node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto }));
/**
 * asn1js stops at 10,000 nodes by default; a keytool PKCS#12 of AWS's 108-certificate
 * global bundle has more. Containers are read under the file size cap, so a larger
 * bound costs nothing but lets real truststores through.
 */
const MAX_NODES = 2_000_000;
/** Parses BER into a pkijs object with the raised node bound. */
function parse(Type, bytes, what) {
    const asn1 = asn1js__WEBPACK_IMPORTED_MODULE_3__/* .fromBER */ .mH(new Uint8Array(bytes), { maxNodes: MAX_NODES });
    if (asn1.offset === -1)
        throw new Error(`${what} is not valid DER (${asn1.result.error})`);
    return new Type({ schema: asn1.result });
}
function der(cert) {
    return new Uint8Array(cert.toSchema().toBER());
}
/** Certificates of a PKCS#7 / CMS SignedData structure (DER). Throws if it is not one. */
function certificatesFromPkcs7(bytes) {
    const info = parse(pkijs__WEBPACK_IMPORTED_MODULE_2__/* .ContentInfo */ ._Fs, bytes, 'PKCS#7');
    if (info.contentType !== pkijs__WEBPACK_IMPORTED_MODULE_2__/* .ContentInfo */ ._Fs.SIGNED_DATA) {
        throw new Error(`PKCS#7 content type ${info.contentType} is not SignedData`);
    }
    const signed = new pkijs__WEBPACK_IMPORTED_MODULE_2__/* .SignedData */ .dA6({ schema: info.content });
    return (signed.certificates ?? []).filter((c) => c instanceof pkijs__WEBPACK_IMPORTED_MODULE_2__/* .Certificate */ .usT).map(der);
}
class WrongPasswordError extends Error {
    name = 'WrongPasswordError';
}
function utf8(password) {
    return new Uint8Array(Buffer.from(password, 'utf8')).buffer;
}
function octets(value) {
    if (!(value instanceof asn1js__WEBPACK_IMPORTED_MODULE_3__/* .OctetString */ .lW))
        throw new Error('PKCS#12 content is not an OCTET STRING');
    return value.getValue();
}
/** Checks the PKCS#12 MAC with `password`; throws WrongPasswordError when it does not match. */
async function verifyMac(pfx, content, password) {
    if (!pfx.macData)
        return; // no MAC: nothing to verify, as openssl -nomacver
    const engine = pkijs__WEBPACK_IMPORTED_MODULE_2__/* .getCrypto */ .MY_(true);
    const hash = engine.getAlgorithmByOID(pfx.macData.mac.digestAlgorithm.algorithmId, true, 'digestAlgorithm');
    const ok = await engine.verifyDataStampedWithPassword({
        password,
        hashAlgorithm: hash.name,
        salt: new Uint8Array(pfx.macData.macSalt.valueBlock.valueHexView).buffer,
        iterationCount: pfx.macData.iterations || 1,
        contentToVerify: content,
        signatureToVerify: new Uint8Array(pfx.macData.mac.digest.valueBlock.valueHexView).buffer,
    });
    if (!ok)
        throw new WrongPasswordError('the password does not match the store\'s MAC');
}
/**
 * The certificates of a PKCS#12 store, as keytool -list shows its trusted entries: the
 * MAC is checked with the password, then every SafeContents (plain or password-encrypted)
 * is read. pkijs's own parseInternalValues would stop at asn1js's default node bound.
 */
async function openPkcs12(bytes, password) {
    const pfx = parse(pkijs__WEBPACK_IMPORTED_MODULE_2__/* .PFX */ .nvM, bytes, 'PKCS#12');
    if (pfx.authSafe.contentType !== pkijs__WEBPACK_IMPORTED_MODULE_2__/* .ContentInfo */ ._Fs.DATA)
        throw new Error('PKCS#12 with public-key integrity is not supported');
    const content = octets(pfx.authSafe.content);
    const secret = utf8(password);
    await verifyMac(pfx, content, secret);
    const safe = parse(pkijs__WEBPACK_IMPORTED_MODULE_2__/* .AuthenticatedSafe */ .dYK, content, 'PKCS#12 authenticated safe');
    const out = [];
    for (const info of safe.safeContents) {
        let plain;
        if (info.contentType === pkijs__WEBPACK_IMPORTED_MODULE_2__/* .id_ContentType_Data */ .XEO)
            plain = octets(info.content);
        else if (info.contentType === pkijs__WEBPACK_IMPORTED_MODULE_2__/* .id_ContentType_EncryptedData */ .hS1) {
            try {
                plain = await new pkijs__WEBPACK_IMPORTED_MODULE_2__/* .EncryptedData */ .XWV({ schema: info.content }).decrypt({ password: secret });
            }
            catch (error) {
                throw new WrongPasswordError(`the certificates cannot be decrypted with the password (${error.message})`);
            }
        }
        else
            continue; // enveloped contents need a private key: keytool never writes them
        for (const bag of parse(pkijs__WEBPACK_IMPORTED_MODULE_2__/* .SafeContents */ .qDl, plain, 'PKCS#12 safe contents').safeBags) {
            if (bag.bagId !== '1.2.840.113549.1.12.10.1.3')
                continue; // certBag
            const certBag = bag.bagValue;
            if (certBag.certId !== '1.2.840.113549.1.9.22.1')
                continue; // x509Certificate
            out.push(new Uint8Array(octets(certBag.certValue)));
        }
    }
    return out;
}
/** Java keystores end with SHA-1(password as UTF-16BE ‖ "Mighty Aphrodite" ‖ everything before). */
function javaStoreIntegrity(bytes, password) {
    if (bytes.length < 20)
        return false;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1');
    hash.update(Buffer.from(password, 'utf16le').swap16());
    hash.update('Mighty Aphrodite');
    hash.update(bytes.subarray(0, bytes.length - 20));
    return hash.digest().equals(Buffer.from(bytes.subarray(bytes.length - 20)));
}
/**
 * JKS and JCEKS keep trusted certificates in clear: keytool lists them without the store
 * password, which only guards integrity. jks-js reads the JKS layout; a JCEKS store has
 * the same layout for certificate and private-key entries under another magic number.
 */
function openJavaStore(bytes) {
    const copy = Buffer.from(bytes);
    copy.writeUInt32BE(0xfeedfeed, 0);
    let entries;
    try {
        entries = jks_js__WEBPACK_IMPORTED_MODULE_1___default().parseJks(copy, '');
    }
    catch (error) {
        const message = error.message;
        throw new Error(/Unrecognized keystore entry/.test(message) ? 'it holds a secret-key entry this reader cannot step over' : message);
    }
    const out = [];
    for (const entry of entries) {
        if (entry.cert)
            out.push(new Uint8Array(entry.cert.value));
        for (const c of entry.chain ?? [])
            out.push(new Uint8Array(c.value));
    }
    return out;
}
/**
 * Opens a truststore with the first password that verifies it. PKCS#12 needs the password
 * (keytool encrypts its certificates) and throws WrongPasswordError when none fits; JKS and
 * JCEKS are read without one when none fits, marked as not verified.
 */
async function openTruststore(kind, bytes, passwords) {
    if (kind !== 'pkcs12') {
        const ders = openJavaStore(bytes);
        return { ders, integrityVerified: passwords.some((p) => javaStoreIntegrity(bytes, p)) };
    }
    let lastWrong;
    for (const password of passwords) {
        try {
            return { ders: await openPkcs12(bytes, password), integrityVerified: true };
        }
        catch (error) {
            if (!(error instanceof WrongPasswordError))
                throw error;
            lastWrong = error;
        }
    }
    throw new WrongPasswordError(`none of the ${passwords.length} password(s) tried opens it (the defaults "changeit" and empty, and each line of truststore-passwords)${lastWrong ? `: ${lastWrong.message}` : ''}`);
}


/***/ })

};
