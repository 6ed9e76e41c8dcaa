export const id = 201;
export const ids = [201];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ec2Client: () => (/* binding */ ec2Client),
/* harmony export */   proxyAgent: () => (/* binding */ proxyAgent),
/* harmony export */   rdsClient: () => (/* binding */ rdsClient),
/* harmony export */   stsClient: () => (/* binding */ stsClient)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7202);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1695);
/**
 * AWS SDK clients as the gate uses them: the region, credentials kept in memory, adaptive
 * retries for throttling, bounded timeouts. Endpoints come from the SDK's own configuration
 * (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_RDS, profiles), so VPC endpoints and emulators work.
 */


/**
 * The AWS SDK for JavaScript ignores HTTPS_PROXY and friends; runners behind a proxy need
 * them. proxy-agent decides per request from HTTP_PROXY, HTTPS_PROXY and NO_PROXY, and
 * loads only when one of them is set.
 */
async function proxyAgent(env) {
    if (!['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy'].some((k) => env[k]))
        return undefined;
    const { ProxyAgent } = await __webpack_require__.e(/* import() */ 861).then(__webpack_require__.bind(__webpack_require__, 6861));
    return new ProxyAgent();
}
function common(region, options) {
    return {
        region,
        credentials: options.credentials,
        retryMode: 'adaptive',
        maxAttempts: options.maxAttempts ?? 8,
        requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000, httpAgent: options.agent, httpsAgent: options.agent },
    };
}
const rdsClient = (region, options = {}) => new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_0__/* .RDSClient */ .rYe(common(region, options));
/** EC2 is only for `regions: all`; its client is the SDK's largest, so it loads only then. */
async function ec2Client(region, options = {}) {
    const { EC2Client } = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19));
    return new EC2Client(common(region, options));
}
const stsClient = (region, options = {}) => new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__/* .STSClient */ .iM(common(region, options));


/***/ })

};
