export const id = 315;
export const ids = [315];
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

/***/ 80315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   certificatesFromPkcs7: () => (/* binding */ certificatesFromPkcs7)
/* harmony export */ });
/* harmony import */ var _asn1_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12278);
/** The certificates of a PKCS#7 / CMS SignedData (`.p7b`, as AWS publishes its bundles). */

const SIGNED_DATA = '1.2.840.113549.1.7.2';
/** Certificates of a PKCS#7 SignedData structure (DER), in order. Throws if it is not one. */
function certificatesFromPkcs7(bytes) {
    const [type, content] = (0,_asn1_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)((0,_asn1_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBer */ .f7)(bytes, 'PKCS#7'));
    if ((0,_asn1_js__WEBPACK_IMPORTED_MODULE_0__/* .oid */ .jq)(type) !== SIGNED_DATA)
        throw new Error(`PKCS#7 content type ${(0,_asn1_js__WEBPACK_IMPORTED_MODULE_0__/* .oid */ .jq)(type) ?? 'unknown'} is not SignedData`);
    // SignedData ::= SEQUENCE { version, digestAlgorithms, encapContentInfo, certificates [0] IMPLICIT SET OF … }
    const certificates = (0,_asn1_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)((0,_asn1_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(content)[0]).find((n) => (0,_asn1_js__WEBPACK_IMPORTED_MODULE_0__/* .isContextTag */ .gb)(n, 0));
    return (0,_asn1_js__WEBPACK_IMPORTED_MODULE_0__/* .children */ .Y_)(certificates).map(_asn1_js__WEBPACK_IMPORTED_MODULE_0__/* .der */ .y8);
}


/***/ })

};
