export const id = 378;
export const ids = [378,201];
export const modules = {

/***/ 7054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eQ: () => (/* binding */ awsAnswerMiddleware),
/* harmony export */   e_: () => (/* binding */ NotAnAwsAnswer)
/* harmony export */ });
/* unused harmony exports whyNotAnAnswer, readBody */
/* harmony import */ var _base_first_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6065);

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

/***/ 8945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ classifyAwsError)
});

// UNUSED EXPORTS: HEALTH_DASHBOARD

// EXTERNAL MODULE: ./src/aws/answers.ts
var answers = __webpack_require__(7054);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/base/partition.ts
var partition = __webpack_require__(1759);
;// CONCATENATED MODULE: ./src/aws/endpoints.ts

/** The endpoint the SDK calls for a service and region, as far as the environment tells: in the region's partition (amazonaws.com.cn in China). */
function endpointFor(service, region, env = {}) {
    const configured = env[`AWS_ENDPOINT_URL_${service}`] ?? env.AWS_ENDPOINT_URL;
    if (configured)
        return hostOf(configured);
    return `${service.toLowerCase()}.${region}.${(0,partition/* partitionOf */.iQ)(region).dnsSuffix}`;
}
/** host[:port] of a URL, never its credentials. */
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return '(unreadable URL)';
    }
}
function proxySettings(env = {}) {
    const proxy = env.HTTPS_PROXY ?? env.https_proxy ?? env.HTTP_PROXY ?? env.http_proxy;
    const noProxy = env.NO_PROXY ?? env.no_proxy;
    return `HTTPS_PROXY is ${proxy ? `${hostOf(proxy)}` : 'not set'}, NO_PROXY is ${noProxy ? `"${noProxy}"` : 'not set'}`;
}

// EXTERNAL MODULE: ./src/base/first-bytes.ts
var first_bytes = __webpack_require__(6065);
;// CONCATENATED MODULE: ./src/aws/sdk-errors.ts
/**
 * What an error the AWS SDK throws carries: its code, grouped by what it means, and its
 * message when that is meant for people. No SDK-internal text ("Deserialization error",
 * "$response", package names) reaches an output.
 */

const ACCESS_DENIED = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedOperation',
    'AuthorizationError',
    'UnauthorizedAccess',
]);
const THROTTLED = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'RequestLimitExceeded',
    'TooManyRequestsException',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
    'PriorRequestNotComplete',
]);
const CREDENTIALS = new Set([
    'CredentialsProviderError',
    'ExpiredToken',
    'ExpiredTokenException',
    'RequestExpired',
    'InvalidClientTokenId',
    'SignatureDoesNotMatch',
    'UnrecognizedClientException',
    'IncompleteSignature',
    'InvalidAccessKeyId',
]);
const NETWORK = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ECONNRESET',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EPIPE',
    'ECONNABORTED',
    'EPROTO',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
/** Text that only means something to the SDK's authors. */
const SDK_INTERNAL = /@aws-sdk|@smithy|\$response|\$metadata|Deserialization error|\{error\}|node-http-handler|AWS SDK error wrapper/i;
/** The SDK's message, or nothing when it is the SDK talking about itself. */
function plainMessage(e) {
    const message = (e.message ?? '').split('\n')[0].trim();
    return !message || message === 'Unknown' || SDK_INTERNAL.test(message) ? '' : message;
}
function bodyOf(e) {
    const body = e.$response?.body;
    return body instanceof Uint8Array || typeof body === 'string' ? (0,first_bytes/* firstBytes */.m)(body) : '';
}

;// CONCATENATED MODULE: ./src/aws/classify-error.ts
/**
 * Whatever the SDK threw, as one kind of AWS problem with what happened and what to do:
 * the call named (service, action, region) when it is known.
 */




const HEALTH_DASHBOARD = 'https://health.aws.amazon.com/health/status';
const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
const times = (n) => `${n} time${n === 1 ? '' : 's'}`;
/** What to do when something other than AWS answered. */
const notAwsRemediation = (service, env) => `Something other than AWS answered: a proxy's login or block page, a captive portal, or a wrong endpoint setting (AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_${service}). Check them and the proxy settings (${proxySettings(env)}).`;
function classifyAwsError(error, call, context = {}) {
    const e = (error ?? {});
    const code = e.Code ?? e.code ?? e.name ?? '';
    const name = e.name ?? '';
    const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
    const attempts = e.$metadata?.attempts ?? 1;
    const bounds = context.bounds ?? clients.DEFAULT_AWS_BOUNDS;
    const service = call?.service ?? 'RDS';
    const region = call?.region ?? '';
    const iamAction = call ? `${service.toLowerCase()}:${call.action}` : undefined;
    const endpoint = call ? endpointFor(service, region, context.env) : 'the AWS endpoint';
    if (context.deadline?.aborted || name === 'AbortError') {
        return {
            kind: 'deadline',
            text: `the inspection's deadline (timeout-minutes: ${context.timeoutMinutes ?? '?'}) passed before it answered`,
            remediation: 'Raise `timeout-minutes`, or inspect fewer regions per run. AWS did not answer in time, so these databases were not checked.',
        };
    }
    if (error instanceof answers/* NotAnAwsAnswer */.e_) {
        return {
            kind: 'not-an-aws-answer',
            text: `${endpoint} answered HTTP ${error.status} with ${error.what} (content type ${error.contentType || 'none'}), not an AWS answer${error.firstBytes ? `; it began "${error.firstBytes}"` : ''}`,
            remediation: notAwsRemediation(service, context.env),
        };
    }
    if (ACCESS_DENIED.has(code) || (status === 403 && !e.$response?.headers?.['content-type']?.includes('html') && !CREDENTIALS.has(code))) {
        const principal = /User: (arn:\S+) is not authorized/.exec(e.message ?? '')?.[1] ?? context.principal;
        const statement = iamAction ? `{"Effect":"Allow","Action":"${iamAction}","Resource":"*"}` : undefined;
        return {
            kind: 'access-denied',
            text: `AWS denied ${iamAction ?? 'the call'}${region ? ` in ${region}` : ''}${principal ? ` to ${principal}` : ''}`,
            remediation: `${statement ? `Add ${statement} to the IAM policy of ${principal ?? 'the role the job uses'}` : 'Grant the missing permission'}. If the policy has it already, a service control policy, a permission boundary or the region being disabled denies it${region ? ` in ${region}` : ''}.`,
        };
    }
    if (THROTTLED.has(code) || status === 429) {
        return {
            kind: 'throttled',
            text: `AWS throttled it (retried ${times(Math.max(0, attempts - 1))}, still throttled)`,
            remediation: 'Re-run later, when other automation in the account is quieter; a less frequent schedule or fewer regions per run lowers the call rate. Nothing is wrong with the permissions.',
        };
    }
    if (CREDENTIALS.has(code)) {
        return {
            kind: 'credentials',
            text: `AWS refused the credentials (${code}${plainMessage(e) ? `: ${plainMessage(e)}` : ''})`,
            remediation: 'Give the job valid AWS credentials (role-to-assume with `id-token: write`, or a configure-aws-credentials step), or set `offline: true` to check the repository alone.',
        };
    }
    const contentType = e.$response?.headers?.['content-type'] ?? '';
    const readable = !SDK_INTERNAL.test(e.message ?? '') && code !== 'Unknown';
    if (status !== undefined && status >= 500) {
        return {
            kind: 'aws-side',
            text: `AWS answered HTTP ${status}${readable && code ? ` (${code})` : ''} after ${times(attempts)} trying: a failure on AWS's side${readable ? '' : ', with an error document that was not readable'}`,
            remediation: `Nothing to change on your side: re-run later, and check the AWS Health Dashboard (${HEALTH_DASHBOARD}) for ${service}${region ? ` in ${region}` : ''}.`,
        };
    }
    if (status !== undefined && (!readable || /html/i.test(contentType))) {
        const bytes = bodyOf(e);
        return {
            kind: 'not-an-aws-answer',
            text: `${endpoint} answered HTTP ${status} (content type ${contentType || 'none'}), not an AWS answer${bytes ? `; it began "${bytes}"` : ''}`,
            remediation: notAwsRemediation(service, context.env),
        };
    }
    if (name === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'RequestTimeout' || code === 'RequestTimeoutException') {
        const connecting = /without establishing a connection/i.test(e.message ?? '');
        return {
            kind: 'timeout',
            text: connecting
                ? `could not connect to ${endpoint} within ${seconds(bounds.connectMs)} (${times(attempts)} tried)`
                : `${endpoint} did not answer in full within ${seconds(bounds.requestMs)} (${times(attempts)} tried)`,
            remediation: `An endpoint that takes the connection and then stays silent is usually a proxy or firewall in the way: check the network path from the runner to ${endpoint} and the proxy settings (${proxySettings(context.env)}).`,
        };
    }
    // A socket error can reach us as text only (the SDK wraps what it does not recognise as an Error).
    const socket = /\b(E[A-Z_]{3,})\b(?: (\S+))?/.exec(e.message ?? '');
    const networkCode = [e.code, code, socket?.[1]].find((c) => c && NETWORK.has(c));
    if (networkCode) {
        const where = e.hostname ??
            (e.address ? `${e.address}${e.port ? `:${e.port}` : ''}` : socket?.[1] === networkCode && socket[2] ? socket[2] : endpoint);
        return {
            kind: 'network',
            text: `could not reach ${where}${region ? ` for ${region}` : ''} (${networkCode})`,
            remediation: `Check the region name, the endpoint (AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_${service} when set, a VPC endpoint's DNS) and the proxy settings (${proxySettings(context.env)}).`,
        };
    }
    const message = plainMessage(e);
    return {
        kind: 'other',
        text: `${code && code !== 'Error' && code !== 'Unknown' ? code : 'failed'}${status ? ` (HTTP ${status})` : ''}${message ? `: ${message}` : ''}`,
        remediation: 'Re-run; if it persists, the message above says what AWS objected to.',
    };
}


/***/ }),

/***/ 201:
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
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7202);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1695);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
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
    const { ProxyAgent } = await __webpack_require__.e(/* import() */ 861).then(__webpack_require__.bind(__webpack_require__, 6861));
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
    const { EC2Client } = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19));
    return checked(new EC2Client(common(region, options)), options);
}
/** Organizations is only for `accounts: organization`, so its client loads only then. */
async function organizationsClient(region, options = {}) {
    const { OrganizationsClient } = await __webpack_require__.e(/* import() */ 503).then(__webpack_require__.t.bind(__webpack_require__, 2503, 19));
    return checked(new OrganizationsClient(common(region, options)), options);
}
const stsClient = (region, options = {}) => checked(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_4__/* .STSClient */ .iM(common(region, options)), options);


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eo: () => (/* binding */ AwsAccessError),
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   iQ: () => (/* binding */ AwsCallError),
/* harmony export */   pO: () => (/* binding */ asCallError),
/* harmony export */   uF: () => (/* binding */ awsCall)
/* harmony export */ });
/* harmony import */ var _classify_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8945);

class AwsAccessError extends Error {
    remediation;
    name = 'AwsAccessError';
    constructor(message, remediation) {
        super(message);
        this.remediation = remediation;
    }
}
/** A failed AWS call: which one, and its problem in words. */
class AwsCallError extends Error {
    call;
    problem;
    name = 'AwsCallError';
    constructor(call, problem) {
        super(`${call.service} ${call.action} in ${call.region}: ${problem.text}`);
        this.call = call;
        this.problem = problem;
    }
}
/** Runs one AWS call (all its pages and attempts); a failure becomes an AwsCallError naming it. */
async function awsCall(call, context, work) {
    try {
        return await work();
    }
    catch (error) {
        if (error instanceof AwsCallError || error instanceof AwsAccessError)
            throw error;
        throw new AwsCallError(call, (0,_classify_error_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyAwsError */ .u)(error, call, context));
    }
}
/** `error` as a failed `call`: itself when it already names its call, else classified as that call's failure. */
function asCallError(error, call, context) {
    return error instanceof AwsCallError ? error : new AwsCallError(call, (0,_classify_error_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyAwsError */ .u)(error, undefined, context));
}
/** An AWS failure in words, when the call is not known. */
function describeAwsError(error) {
    if (error instanceof AwsCallError || error instanceof AwsAccessError)
        return error.message;
    return (0,_classify_error_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyAwsError */ .u)(error).text;
}
function errorName(error) {
    return error.name ?? '';
}


/***/ }),

/***/ 6065:
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
