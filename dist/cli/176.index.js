export const id = 176;
export const ids = [176];
export const modules = {

/***/ 39176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   certificatesFromJavaStore: () => (/* binding */ certificatesFromJavaStore),
/* harmony export */   javaStoreIntegrity: () => (/* binding */ javaStoreIntegrity)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var jks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73008);
/* harmony import */ var jks_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(jks_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84494);
/**
 * Java's JKS and JCEKS keystores. Trusted certificates are kept in clear: keytool lists them
 * without the store password, which only guards integrity. jks-js reads the JKS layout; a JCEKS
 * store has the same layout for certificate and private-key entries under another magic number.
 */



/** Java keystores end with SHA-1(password as UTF-16BE ‖ "Mighty Aphrodite" ‖ everything before). */
function javaStoreIntegrity(bytes, password) {
    if (bytes.length < 20)
        return false;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1');
    hash.update((0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .utf16be */ .gH)(password));
    hash.update('Mighty Aphrodite');
    hash.update(bytes.subarray(0, bytes.length - 20));
    return hash.digest().equals(Buffer.from(bytes.subarray(bytes.length - 20)));
}
/**
 * The certificates Java trusts from the store: each trusted-certificate entry, and each private
 * key's own certificate (the first of its chain; the rest of the chain is not trusted).
 */
function certificatesFromJavaStore(bytes) {
    const copy = Buffer.from(bytes);
    copy.writeUInt32BE(0xfeedfeed, 0);
    let entries;
    try {
        entries = jks_js__WEBPACK_IMPORTED_MODULE_1___default().parseJks(copy, ''); // no password: jks-js skips the integrity check, as keytool -list does
    }
    catch (error) {
        const message = error.message;
        if (error instanceof RangeError || /out of range|beyond buffer/i.test(message))
            throw new Error('it ends before its last entry');
        if (/Unrecognized keystore entry/.test(message))
            throw new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsupportedStoreError */ .lE('it holds a secret-key entry (JCEKS), which this reader cannot step over to the certificates after it');
        throw new Error(message);
    }
    const trusted = [];
    let ignored = 0;
    for (const entry of entries) {
        if (entry.cert)
            trusted.push(new Uint8Array(entry.cert.value));
        const [own, ...rest] = entry.chain ?? [];
        if (own)
            trusted.push(new Uint8Array(own.value));
        ignored += rest.length;
    }
    return { trusted, ignored };
}


/***/ })

};
