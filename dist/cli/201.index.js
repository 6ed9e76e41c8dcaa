export const id = 201;
export const ids = [201];
export const modules = {

/***/ 7054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eQ: () => (/* binding */ awsAnswerMiddleware),
/* harmony export */   e_: () => (/* binding */ NotAnAwsAnswer)
/* harmony export */ });
/* unused harmony exports whyNotAnAnswer, readBody */
/* harmony import */ var _base_first_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56065);

/** What came back instead of an AWS answer: enough for a person to recognise it, nothing more. */
class NotAnAwsAnswer extends Error {
    what;
    status;
    contentType;
    firstBytes;
    name = 'NotAnAwsAnswer';
    constructor(
    /** e.g. "an empty body", "an HTML page", "XML without DescribeDBInstancesResult". */
    what, status, contentType, 
    /** The first bytes, printable ASCII only. */
    firstBytes) {
        super(`HTTP ${status} with ${what}`);
        this.what = what;
        this.status = status;
        this.contentType = contentType;
        this.firstBytes = firstBytes;
    }
}
/** The element an answer to `action` must start with, and the result element it must hold (none for EC2's protocol). */
function expectedElements(clientName, action) {
    return clientName.startsWith('EC2') ? { root: `${action}Response` } : { root: `${action}Response`, result: `${action}Result` };
}
function rootElement(xml) {
    const body = xml
        .replace(/^\uFEFF/, '')
        .replace(/<\?xml[^>]*\?>/, '')
        .replace(/<!--[\s\S]*?-->/g, '')
        .trimStart();
    return /^<(?:[\w.-]+:)?([\w.-]+)[\s/>]/.exec(body)?.[1];
}
/** Services answering JSON (AWS JSON 1.1) rather than XML: their answer is one JSON object. */
const JSON_CLIENTS = /^Organizations/;
function notJsonObject(body) {
    try {
        const value = JSON.parse(body);
        return value && typeof value === 'object' && !Array.isArray(value) ? undefined : 'JSON that is not an object';
    }
    catch {
        return 'a body that is not JSON';
    }
}
/** Why `body` is not the answer to `action`, or undefined when it is. */
function whyNotAnAnswer(body, contentType, clientName, action) {
    if (!body.trim())
        return 'an empty body';
    const root = rootElement(body);
    if (/html/i.test(contentType) || /^html$/i.test(root ?? '') || /^\s*<!doctype html/i.test(body))
        return 'an HTML page';
    if (JSON_CLIENTS.test(clientName))
        return notJsonObject(body);
    if (!root)
        return `a body that is not XML${contentType ? '' : ' (no content type)'}`;
    const expected = expectedElements(clientName, action);
    if (root !== expected.root)
        return `XML whose root element is ${root}, not ${expected.root}`;
    if (expected.result && !new RegExp(`<(?:[\\w.-]+:)?${expected.result}[\\s/>]`).test(body))
        return `XML without ${expected.result}`;
    return undefined;
}
/** The whole body, or a TimeoutError (which the SDK's retry strategy retries) once `ms` pass. */
function readBody(stream, ms) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        const timer = setTimeout(() => {
            const error = Object.assign(new Error(`the answer did not arrive in full within ${ms / 1000} s`), { name: 'TimeoutError' });
            stream.destroy();
            reject(error);
        }, ms);
        stream.on('data', (chunk) => chunks.push(chunk));
        stream.once('end', () => {
            clearTimeout(timer);
            resolve(Buffer.concat(chunks));
        });
        stream.once('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
    });
}
const isStream = (body) => typeof body?.on === 'function';
/**
 * The middleware, for `client.middlewareStack.add(…, { step: 'deserialize', priority: 'low' })`:
 * below the SDK's deserializer, so it sees each attempt's raw answer. The body it read
 * replaces the stream, so the deserializer (and an error's `$response`) gets the same bytes.
 */
function awsAnswerMiddleware(bodyTimeoutMs) {
    return (next, context) => async (args) => {
        const result = await next(args);
        const response = result.response;
        if (isStream(response?.body))
            response.body = await readBody(response.body, bodyTimeoutMs);
        if (response && response.statusCode >= 200 && response.statusCode < 300 && response.body instanceof Uint8Array) {
            const contentType = response.headers?.['content-type'] ?? '';
            const action = (context.commandName ?? '').replace(/Command$/, '');
            const why = whyNotAnAnswer(Buffer.from(response.body).toString('utf8'), contentType, context.clientName ?? '', action);
            if (why)
                throw new NotAnAwsAnswer(why, response.statusCode, contentType, (0,_base_first_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .firstBytes */ .m)(response.body));
        }
        return result;
    };
}


/***/ }),

/***/ 40201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_AWS_BOUNDS: () => (/* binding */ DEFAULT_AWS_BOUNDS),
/* harmony export */   ec2Client: () => (/* binding */ ec2Client),
/* harmony export */   organizationsClient: () => (/* binding */ organizationsClient),
/* harmony export */   proxyAgent: () => (/* binding */ proxyAgent),
/* harmony export */   rdsClient: () => (/* binding */ rdsClient),
/* harmony export */   stsClient: () => (/* binding */ stsClient)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57202);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71695);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _answers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7054);
/**
 * AWS SDK clients as the gate uses them: the region, credentials kept in memory, adaptive
 * retries for throttling, and every attempt bounded in time: the connection (connectMs),
 * the answer's headers (the SDK handler's requestTimeout, with throwOnRequestTimeout so it
 * is an error and not a log line), an idle socket (socketTimeout), and the body (read in
 * full within requestMs by the answer check, which also refuses what is not an AWS answer).
 * Endpoints come from the SDK's own configuration (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_RDS,
 * profiles), so VPC endpoints and emulators work.
 */





const DEFAULT_AWS_BOUNDS = { connectMs: 5_000, requestMs: 30_000, attempts: 8 };
/**
 * The AWS SDK for JavaScript ignores HTTPS_PROXY and friends; runners behind a proxy need
 * them. proxy-agent decides per request from HTTP_PROXY, HTTPS_PROXY and NO_PROXY, and
 * loads only when one of them is set.
 */
async function proxyAgent(env) {
    if (!['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy'].some((k) => env[k]))
        return undefined;
    const { ProxyAgent } = await __webpack_require__.e(/* import() */ 861).then(__webpack_require__.bind(__webpack_require__, 66861));
    return new ProxyAgent();
}
/**
 * One connection pool for every client: many accounts' clients reach the same regional endpoints,
 * and a new client's own pool would open (and TLS-handshake) its connections again.
 */
const shared = { http: new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true }), https: new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true }) };
function common(region, options) {
    const bounds = options.bounds ?? DEFAULT_AWS_BOUNDS;
    return {
        region,
        credentials: options.credentials,
        retryMode: 'adaptive',
        maxAttempts: options.maxAttempts ?? bounds.attempts,
        requestHandler: {
            connectionTimeout: bounds.connectMs,
            requestTimeout: bounds.requestMs,
            throwOnRequestTimeout: true,
            socketTimeout: bounds.requestMs,
            httpAgent: options.agent ?? shared.http,
            httpsAgent: options.agent ?? shared.https,
        },
    };
}
function checked(client, options) {
    client.middlewareStack.add((0,_answers_js__WEBPACK_IMPORTED_MODULE_2__/* .awsAnswerMiddleware */ .eQ)((options.bounds ?? DEFAULT_AWS_BOUNDS).requestMs), {
        step: 'deserialize',
        priority: 'low',
        name: 'rdsCaGuardAwsAnswer',
    });
    return client;
}
const rdsClient = (region, options = {}) => checked(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__/* .RDSClient */ .rYe(common(region, options)), options);
/** EC2 is only for `regions: all`; its client is the SDK's largest, so it loads only then. */
async function ec2Client(region, options = {}) {
    const { EC2Client } = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.t.bind(__webpack_require__, 35193, 19));
    return checked(new EC2Client(common(region, options)), options);
}
/** Organizations is only for `accounts: organization`, so its client loads only then. */
async function organizationsClient(region, options = {}) {
    const { OrganizationsClient } = await __webpack_require__.e(/* import() */ 503).then(__webpack_require__.t.bind(__webpack_require__, 92503, 19));
    return checked(new OrganizationsClient(common(region, options)), options);
}
const stsClient = (region, options = {}) => checked(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_4__/* .STSClient */ .iM(common(region, options)), options);


/***/ }),

/***/ 56065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ firstBytes)
/* harmony export */ });
/** How many bytes of an answer that is not what was asked for are shown. */
const SHOWN_BYTES = 80;
/** The first bytes of a body as printable ASCII on one line (anything else becomes "?"): enough for a person to recognise it. */
function firstBytes(body) {
    const text = typeof body === 'string' ? body.slice(0, SHOWN_BYTES) : Buffer.from(body.subarray(0, SHOWN_BYTES)).toString('latin1');
    return text
        .replace(/\s+/g, ' ')
        .replace(/[^\x20-\x7e]/g, '?')
        .trim();
}


/***/ })

};
