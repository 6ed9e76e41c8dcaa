export const id = 39;
export const ids = [39];
export const modules = {

/***/ 5039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitHubIssues: () => (/* binding */ gitHubIssues)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var _issue_access_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6356);
/**
 * The tracking issue on GitHub, through @actions/github's Octokit with pagination, retries
 * (5xx) and the throttling plugin (primary and secondary rate limits). GITHUB_API_URL is
 * honoured, so GitHub Enterprise Server works, and tests use a local server.
 */





const toIssue = (i) => ({ number: i.number, url: i.html_url, state: i.state === 'closed' ? 'closed' : 'open', title: i.title, body: i.body ?? '' });
function explain(error, what) {
    const e = error;
    if (e.status === 403 && /not accessible by integration|permission/i.test(e.message ?? '')) {
        throw new _issue_access_error_js__WEBPACK_IMPORTED_MODULE_1__/* .IssueAccessError */ .O(`GitHub refused to ${what}: the workflow's token cannot write issues. Add \`permissions: issues: write\` to the job (pull requests from forks only ever get a read-only token).`, true);
    }
    if (e.status === 404)
        throw new _issue_access_error_js__WEBPACK_IMPORTED_MODULE_1__/* .IssueAccessError */ .O(`GitHub answered 404 to ${what}: check GITHUB_REPOSITORY and that the token can see the repository.`, false);
    throw new _issue_access_error_js__WEBPACK_IMPORTED_MODULE_1__/* .IssueAccessError */ .O(`GitHub failed to ${what}: ${e.status ? `HTTP ${e.status} ` : ''}${e.message ?? String(error)}`, false);
}
function gitHubIssues(options) {
    const [owner, repo] = options.repository.split('/');
    const retries = options.limitRetries ?? 3;
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        throttle: {
            onRateLimit: (_after, _req, _o, count) => count < retries,
            onSecondaryRateLimit: (_after, _req, _o, count) => count < retries,
        },
        retry: { doNotRetry: [400, 401, 403, 404, 422] },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
    const call = async (what, work) => {
        try {
            return await work();
        }
        catch (error) {
            explain(error, what);
        }
    };
    return {
        listByLabel: (label) => call(`list the issues labelled ${label}`, async () => {
            const all = (await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, labels: label, state: 'all', per_page: 100, sort: 'created', direction: 'asc' }));
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
                    await octokit.rest.issues.createLabel({ owner, repo, name, color: 'd93f0b', description: 'RDS CA rotation tracking (RDS CA Guard)' });
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
