export const id = 2;
export const ids = [2];
export const modules = {

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


/***/ }),

/***/ 6002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IssueAccessError: () => (/* reexport */ issue_access_error/* IssueAccessError */.O),
  gitHubIssues: () => (/* binding */ gitHubIssues)
});

// EXTERNAL MODULE: ./src/base/first-bytes.ts
var first_bytes = __webpack_require__(6065);
;// CONCATENATED MODULE: ./src/github/answers.ts
/**
 * What the GitHub API answers to the issue calls: GitHub's JSON, or an error. An answer that is
 * not GitHub's JSON (a proxy's HTML page) is an error, never an empty list.
 */

const toIssue = (i) => ({
    number: i.number,
    url: i.html_url,
    state: i.state === 'closed' ? 'closed' : 'open',
    title: i.title,
    body: i.body ?? '',
});
/** What came back from the API that is not GitHub's JSON. */
class NotAGitHubAnswer extends Error {
    name = 'NotAGitHubAnswer';
}
/** The first bytes of an answer's data, whatever Octokit made of it (text, bytes, parsed JSON). */
const firstBytesOf = (data) => (0,first_bytes/* firstBytes */.m)(typeof data === 'string' ? data : data instanceof ArrayBuffer ? new Uint8Array(data) : (JSON.stringify(data) ?? ''));
/** An answer that is not GitHub's JSON, in words: its status, its content type and how it began. */
function notGitHubJson(status, contentType, data) {
    const began = firstBytesOf(data);
    return `the API answered HTTP ${status} with ${contentType || 'no content type'}, not GitHub's JSON${began ? `; it began "${began}"` : ''}`;
}
const isIssue = (i) => typeof i?.number === 'number' && typeof i.html_url === 'string';
/** The answer GitHub gives to the issue calls: JSON, and (for lists) an array of issues. */
function checkAnswer(response, request) {
    if (response.status === 204)
        return;
    const contentType = String(response.headers['content-type'] ?? '');
    const list = request.method === 'GET' && /\/issues$/.test(request.url.split('?')[0]);
    const shaped = typeof response.data === 'object' &&
        response.data !== null &&
        (!list || (Array.isArray(response.data) && response.data.every(isIssue)));
    if (!/json/i.test(contentType) || !shaped) {
        throw new NotAGitHubAnswer(`${notGitHubJson(response.status, contentType, response.data)}. Something other than GitHub answered (a proxy's page, a wrong GITHUB_API_URL).`);
    }
}

// EXTERNAL MODULE: ./src/github/issue-access-error.ts
var issue_access_error = __webpack_require__(6356);
;// CONCATENATED MODULE: ./src/github/failures.ts
/** Why a call to GitHub failed, as an IssueAccessError that says how to fix the workflow. */


const GITHUB_STATUS = 'https://www.githubstatus.com';
function explain(error, what, bounds) {
    const e = error;
    if (error instanceof NotAGitHubAnswer)
        throw new issue_access_error/* IssueAccessError */.O(`GitHub did not answer to ${what}: ${error.message}`, false);
    if (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError' || /aborted due to timeout/i.test(e.message ?? '')) {
        throw new issue_access_error/* IssueAccessError */.O(`GitHub did not answer to ${what} within ${bounds.requestMs / 1000} s (${bounds.retries + 1} tries): check the network path to the API (GITHUB_API_URL) and the proxy settings (HTTPS_PROXY, NO_PROXY).`, false);
    }
    const contentType = String(e.response?.headers?.['content-type'] ?? '');
    if (e.status && e.response && !/json/i.test(contentType)) {
        throw new issue_access_error/* IssueAccessError */.O(`GitHub failed to ${what}: ${notGitHubJson(e.status, contentType, e.response.data)}. ${e.status >= 500 ? `Re-run later; see ${GITHUB_STATUS}.` : 'Something other than GitHub answered (a proxy, a wrong GITHUB_API_URL).'}`, false);
    }
    if (e.status && e.status >= 500) {
        throw new issue_access_error/* IssueAccessError */.O(`GitHub failed to ${what}: HTTP ${e.status} after ${bounds.retries + 1} tries, a failure on GitHub's side. Re-run later; see ${GITHUB_STATUS}.`, false);
    }
    if (e.status === 403 && /not accessible by integration|permission/i.test(e.message ?? '')) {
        throw new issue_access_error/* IssueAccessError */.O(`GitHub refused to ${what}: the workflow's token cannot write issues. Add \`permissions: issues: write\` to the job (pull requests from forks only ever get a read-only token).`, true);
    }
    if (e.status === 404)
        throw new issue_access_error/* IssueAccessError */.O(`GitHub answered 404 to ${what}: check GITHUB_REPOSITORY and that the token can see the repository.`, false);
    throw new issue_access_error/* IssueAccessError */.O(`GitHub failed to ${what}: ${e.status ? `HTTP ${e.status} ` : ''}${e.message ?? String(error)}`, false);
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/octokit.ts
/**
 * An Octokit for GitHub's API through @actions/github, with pagination, retries (5xx) and the
 * throttling plugin (primary and secondary rate limits). GITHUB_API_URL is honoured, so GitHub
 * Enterprise Server works, and tests use a local server. Every request is bounded in time
 * (headers and body, through the fetch Octokit uses), and every answer is checked to be GitHub's.
 */




/** Rate-limit retries (primary and secondary) before giving up. */
const RATE_LIMIT_RETRIES = 3;
const DEFAULT_GITHUB_BOUNDS = { requestMs: 30_000, retries: 3, retryBaseMs: 1_000 };
/** The client `options` describe, each request bounded by `bounds` and its answer checked. */
function boundedOctokit(options, bounds) {
    // Each request gets its own time bound, covering the body too: it is read here, within the bound,
    // because Octokit reads a body that fails midway as an empty one.
    const boundedFetch = async (url, init) => {
        const timeout = AbortSignal.timeout(bounds.requestMs);
        const response = await fetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
        const body = [101, 204, 205, 304].includes(response.status) ? null : await response.arrayBuffer();
        return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    };
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        request: { fetch: boundedFetch },
        throttle: {
            onRateLimit: (_after, _req, _o, count) => count < RATE_LIMIT_RETRIES,
            onSecondaryRateLimit: (_after, _req, _o, count) => count < RATE_LIMIT_RETRIES,
        },
        retry: { doNotRetry: [400, 401, 403, 404, 422], retries: bounds.retries, retryAfterBaseValue: bounds.retryBaseMs },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    octokit.hook.after('request', (response, request) => checkAnswer(response, request));
    return octokit;
}

;// CONCATENATED MODULE: ./src/github/issues.ts





function gitHubIssues(options) {
    const [owner, repo] = options.repository.split('/');
    const bounds = { ...DEFAULT_GITHUB_BOUNDS, ...options.bounds };
    const octokit = boundedOctokit(options, bounds);
    const call = async (what, work) => {
        try {
            return await work();
        }
        catch (error) {
            explain(error, what, bounds);
        }
    };
    return {
        listByLabel: (label) => call(`list the issues labelled ${label}`, async () => {
            const all = (await octokit.paginate(octokit.rest.issues.listForRepo, {
                owner,
                repo,
                labels: label,
                state: 'all',
                per_page: 100,
                sort: 'created',
                direction: 'asc',
            }));
            return all.filter((i) => !i.pull_request).map(toIssue);
        }),
        ensureLabel: (name) => call(`create the label ${name}`, async () => {
            try {
                await octokit.rest.issues.getLabel({ owner, repo, name });
            }
            catch (error) {
                if (error.status !== 404)
                    throw error;
                try {
                    await octokit.rest.issues.createLabel({
                        owner,
                        repo,
                        name,
                        color: 'd93f0b',
                        description: 'RDS CA rotation tracking (RDS CA Guard)',
                    });
                }
                catch (raced) {
                    if (raced.status !== 422)
                        throw raced; // created meanwhile
                }
            }
        }),
        create: (issue) => call('create the tracking issue', async () => toIssue((await octokit.rest.issues.create({ owner, repo, ...issue })).data)),
        update: (number, change) => call(`update issue #${number}`, async () => toIssue((await octokit.rest.issues.update({ owner, repo, issue_number: number, ...change })).data)),
        comment: (number, body) => call(`comment on issue #${number}`, async () => {
            await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
        }),
    };
}


/***/ })

};
