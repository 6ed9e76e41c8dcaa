export const id = 211;
export const ids = [211];
export const modules = {

/***/ 3211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WrongPasswordError: () => (/* binding */ WrongPasswordError),
/* harmony export */   certificatesFromPkcs7: () => (/* binding */ certificatesFromPkcs7),
/* harmony export */   certificatesFromTruststore: () => (/* binding */ certificatesFromTruststore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var pkijs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5781);
/* harmony import */ var jks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3008);
/* harmony import */ var jks_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(jks_js__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The binary containers that carry CA certificates: PKCS#7 (`.p7b`, as AWS publishes),
 * PKCS#12 and JKS truststores. Decoded with pkijs and jks-js; each returns the DER of
 * every certificate it holds.
 */



pkijs__WEBPACK_IMPORTED_MODULE_2__/* .setEngine */ .Zg6('node', new pkijs__WEBPACK_IMPORTED_MODULE_2__/* .CryptoEngine */ .SFi({ name: 'node', crypto: node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto }));
/** pkijs wants a BufferSource over a plain ArrayBuffer. */
function ber(bytes) {
    return new Uint8Array(bytes);
}
function der(cert) {
    return new Uint8Array(cert.toSchema().toBER());
}
/** Certificates of a PKCS#7 / CMS SignedData structure (DER). Throws if it is not one. */
function certificatesFromPkcs7(bytes) {
    const info = pkijs__WEBPACK_IMPORTED_MODULE_2__/* .ContentInfo */ ._Fs.fromBER(ber(bytes));
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
async function openPkcs12(bytes, password) {
    const pfx = pkijs__WEBPACK_IMPORTED_MODULE_2__/* .PFX */ .nvM.fromBER(ber(bytes));
    const secret = utf8(password);
    try {
        await pfx.parseInternalValues({ password: secret, checkIntegrity: true });
    }
    catch (error) {
        throw new WrongPasswordError(String(error.message ?? error));
    }
    const safe = pfx.parsedValue?.authenticatedSafe;
    if (!safe)
        throw new Error('PKCS#12 holds no authenticated safe');
    await safe.parseInternalValues({ safeContents: safe.safeContents.map(() => ({ password: secret })) });
    const out = [];
    for (const contents of safe.parsedValue?.safeContents ?? []) {
        for (const bag of contents.value.safeBags) {
            const value = bag.bagValue;
            if (value.parsedValue instanceof pkijs__WEBPACK_IMPORTED_MODULE_2__/* .Certificate */ .usT)
                out.push(der(value.parsedValue));
        }
    }
    return out;
}
function openJks(bytes, password) {
    let entries;
    try {
        entries = jks_js__WEBPACK_IMPORTED_MODULE_1___default().parseJks(Buffer.from(bytes), password);
    }
    catch (error) {
        const message = error.message;
        if (/password/i.test(message))
            throw new WrongPasswordError(message);
        throw error;
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
 * Opens a truststore with the first password that verifies its integrity.
 * Throws WrongPasswordError naming how many passwords were tried.
 */
async function certificatesFromTruststore(kind, bytes, passwords) {
    for (const password of passwords) {
        try {
            return kind === 'jks' ? openJks(bytes, password) : await openPkcs12(bytes, password);
        }
        catch (error) {
            if (!(error instanceof WrongPasswordError))
                throw error;
        }
    }
    throw new WrongPasswordError(`none of the ${passwords.length} password(s) opens it (tried "changeit" and the values of truststore-passwords)`);
}


/***/ })

};
