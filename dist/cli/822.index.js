export const id = 822;
export const ids = [822,201];
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


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eo: () => (/* binding */ AwsAccessError),
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   Pp: () => (/* binding */ describeAwsError)
/* harmony export */ });
/** AWS failures in words a person can act on: which call, what AWS said, or why nothing answered. */
class AwsAccessError extends Error {
    name = 'AwsAccessError';
}
function describeAwsError(error) {
    const e = error;
    const code = e.code ?? e.name;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return `no route to the endpoint (${code}: ${e.message})`;
    if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EHOSTUNREACH')
        return `the endpoint did not answer (${code})`;
    if (code === 'TimeoutError' || code === 'RequestTimeout' || /timed? ?out/i.test(e.message ?? ''))
        return `timed out (${e.message})`;
    const status = e.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : '';
    return `${code ?? 'Error'}${status}: ${e.message ?? String(error)}`;
}
function errorName(error) {
    return error.name ?? '';
}


/***/ }),

/***/ 1822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inspectAws: () => (/* binding */ inspectAws)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/fleet/scope.ts
/** Which databases the gate judges: engines, tags, identifier globs. Neptune never. */

function engineInScope(engine, engines) {
    if (engine.startsWith('neptune'))
        return false;
    return engines.some((e) => engine === e || engine.startsWith(`${e}-`));
}
function scopeFilter(scope) {
    const include = picomatch_default()(scope.identifiers.length ? scope.identifiers : ['*']);
    const exclude = scope.excludeIdentifiers.length ? picomatch_default()(scope.excludeIdentifiers) : () => false;
    const tags = Object.entries(scope.tags);
    return (db) => engineInScope(db.engine, scope.engines) &&
        include(db.id) &&
        !exclude(db.id) &&
        tags.every(([k, v]) => db.tags[k] === v);
}

// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
;// CONCATENATED MODULE: ./src/aws/identity.ts
/**
 * Who the gate is in AWS. With role-to-assume: a GitHub OIDC token (a fresh one per
 * attempt) exchanged through STS AssumeRoleWithWebIdentity; the credentials stay in memory
 * and are masked. Otherwise the SDK's default chain. Either way GetCallerIdentity proves the
 * account, and allowed-account-ids refuses any other.
 */



const ATTEMPTS = 3;
/** Worth another attempt with a fresh token (the SDK names modeled errors with an "Exception" suffix). */
const RETRYABLE = new Set(['IDPCommunicationError', 'InvalidIdentityToken', 'ExpiredToken', 'Throttling', 'TimeoutError']);
/** The claims of a JWT, read without verifying it: only to explain a refusal, never to trust. */
function tokenClaims(token) {
    try {
        return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    }
    catch {
        return {};
    }
}
async function assumeRole(aws, region, deps) {
    const role = aws.roleToAssume;
    if (!deps.env.ACTIONS_ID_TOKEN_REQUEST_URL || !deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new errors/* AwsAccessError */.Eo('role-to-assume is set but this job cannot request a GitHub OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set). ' +
            'Add `permissions: id-token: write` to the workflow or job. Pull requests from forks never get a token: use `offline: true` there.');
    }
    // One attempt per token: our loop retries, each time with a fresh token.
    const sts = (0,clients.stsClient)(region, { maxAttempts: 1, agent: deps.agent });
    const sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    let last = '';
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        let token;
        try {
            token = await deps.getIdToken(aws.audience);
        }
        catch (error) {
            last = `the GitHub OIDC token request failed: ${error.message}`;
            if (attempt < ATTEMPTS)
                await sleep(500 * 2 ** attempt);
            continue;
        }
        try {
            const out = await sts.send(new dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
                RoleArn: role,
                RoleSessionName: aws.roleSessionName,
                WebIdentityToken: token,
                DurationSeconds: aws.roleDurationSeconds,
            }));
            const c = out.Credentials;
            if (!c?.AccessKeyId || !c.SecretAccessKey)
                throw new errors/* AwsAccessError */.Eo(`STS answered AssumeRoleWithWebIdentity for ${role} without credentials`);
            for (const secret of [c.AccessKeyId, c.SecretAccessKey, c.SessionToken])
                if (secret)
                    deps.mask(secret);
            return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration };
        }
        catch (error) {
            if (error instanceof errors/* AwsAccessError */.Eo)
                throw error;
            const name = (0,errors/* errorName */.Is)(error).replace(/Exception$/, '');
            if (name === 'AccessDenied') {
                const claims = tokenClaims(token);
                throw new errors/* AwsAccessError */.Eo(`AWS refused to let this workflow assume ${role}: the role's trust policy does not match the token. ` +
                    `The token's subject (sub) is "${String(claims.sub ?? '?')}" and its audience (aud) "${String(claims.aud ?? aws.audience)}"; ` +
                    'the trust policy\'s token.actions.githubusercontent.com:sub and :aud conditions must allow them.');
            }
            last = (0,errors/* describeAwsError */.Pp)(error);
            if (!RETRYABLE.has(name) && !/timed out|did not answer|no route/.test(last))
                break;
            if (attempt < ATTEMPTS)
                await sleep(500 * 2 ** attempt);
        }
    }
    throw new errors/* AwsAccessError */.Eo(`could not assume ${role} after ${ATTEMPTS} attempt(s): ${last}`);
}
function explainCallerFailure(error, via) {
    const name = (0,errors/* errorName */.Is)(error);
    if (name === 'CredentialsProviderError') {
        return 'no AWS credentials were found (environment, web identity, container, profile or shared files). ' +
            'Give the job a role with `role-to-assume` (and `permissions: id-token: write`) or an aws-actions/configure-aws-credentials step, or set `offline: true` to check the repository alone.';
    }
    if (name === 'ExpiredToken' || name === 'ExpiredTokenException' || name === 'RequestExpired') {
        return `the AWS credentials from the ${via} have expired (${(0,errors/* describeAwsError */.Pp)(error)}). Refresh them, or set \`offline: true\` to check the repository alone.`;
    }
    if (name === 'InvalidClientTokenId' || name === 'SignatureDoesNotMatch' || name === 'UnrecognizedClientException') {
        return `the AWS credentials from the ${via} are not valid (${(0,errors/* describeAwsError */.Pp)(error)}).`;
    }
    return `could not prove who we are in AWS with GetCallerIdentity: ${(0,errors/* describeAwsError */.Pp)(error)}`;
}
async function establishIdentity(aws, region, deps) {
    const via = aws.roleToAssume ? 'role' : 'default credential chain';
    const credentials = aws.roleToAssume ? await assumeRole(aws, region, deps) : undefined;
    let caller;
    try {
        caller = await (0,clients.stsClient)(region, { credentials, maxAttempts: 3, agent: deps.agent }).send(new dist_cjs/* GetCallerIdentityCommand */.zI({}));
    }
    catch (error) {
        throw new errors/* AwsAccessError */.Eo(explainCallerFailure(error, via));
    }
    const account = caller.Account ?? '';
    if (aws.allowedAccountIds.length && !aws.allowedAccountIds.includes(account)) {
        throw new errors/* AwsAccessError */.Eo(`the credentials belong to account ${account}, which is not in allowed-account-ids (${aws.allowedAccountIds.join(', ')}); nothing was inspected.`);
    }
    return { account, principal: caller.Arn ?? '', via, credentials };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-rds/dist-cjs/index.js
var client_rds_dist_cjs = __webpack_require__(7202);
;// CONCATENATED MODULE: ./src/fleet/databases.ts
const iso = (d) => (d ? d.toISOString().replace('.000Z', 'Z') : undefined);
const tagsOf = (list) => Object.fromEntries((list ?? []).filter((t) => t.Key).map((t) => [t.Key, t.Value ?? '']));
/** Multi-AZ DB clusters (not Aurora, not DocumentDB) have an instance class at cluster level. */
function isMultiAzDbCluster(cluster) {
    return Boolean(cluster.DBClusterInstanceClass) && !cluster.Engine?.startsWith('aurora') && cluster.Engine !== 'docdb';
}
function databasesFrom(instances, clusters, region) {
    return withClusters(instances.map((i) => instanceFacts(i, region)), clusters, region);
}
function instanceFacts(i, region) {
    return {
        arn: i.DBInstanceArn ?? `${region}:${i.DBInstanceIdentifier}`,
        id: i.DBInstanceIdentifier ?? '?',
        kind: 'instance',
        region,
        engine: i.Engine ?? 'unknown',
        engineVersion: i.EngineVersion ?? 'unknown',
        ca: i.CACertificateIdentifier ?? i.CertificateDetails?.CAIdentifier,
        pendingCa: i.PendingModifiedValues?.CACertificateIdentifier,
        serverCertValidTill: iso(i.CertificateDetails?.ValidTill),
        clusterId: i.DBClusterIdentifier,
        status: i.DBInstanceStatus,
        tags: tagsOf(i.TagList),
        endpoint: i.Endpoint?.Address ? { address: i.Endpoint.Address, port: i.Endpoint.Port ?? 0 } : undefined,
    };
}
/** Instances' facts plus the Multi-AZ DB clusters, whose member instances are judged at cluster level. */
function withClusters(instances, clusters, region) {
    const multiAz = new Map(clusters.filter(isMultiAzDbCluster).map((c) => [c.DBClusterIdentifier, c]));
    const out = instances.filter((i) => !(i.clusterId && multiAz.has(i.clusterId)));
    for (const c of multiAz.values()) {
        out.push({
            arn: c.DBClusterArn ?? `${region}:${c.DBClusterIdentifier}`,
            id: c.DBClusterIdentifier ?? '?',
            kind: 'cluster',
            region,
            engine: c.Engine ?? 'unknown',
            engineVersion: c.EngineVersion ?? 'unknown',
            ca: c.CertificateDetails?.CAIdentifier,
            pendingCa: c.PendingModifiedValues?.CertificateDetails?.CAIdentifier,
            serverCertValidTill: iso(c.CertificateDetails?.ValidTill),
            status: c.Status,
            tags: tagsOf(c.TagList),
            endpoint: c.Endpoint ? { address: c.Endpoint, port: c.Port ?? 0 } : undefined,
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/fleet/inventory.ts
var fleet_inventory = __webpack_require__(6868);
;// CONCATENATED MODULE: ./src/aws/inventory.ts
/**
 * One region's inventory, every call fully paginated and none per database: the calls
 * grow with pages and distinct engine versions, not with databases. DescribeDBInstances
 * and DescribeDBClusters must answer or the region is not inspected; the auxiliary calls
 * may fail, and each failure says which checks were skipped and what was assumed.
 */




const PAGE = 100;
/** AWS's name for the pending maintenance action behind the console's "CertificateUpdate". */
const CA_ROTATION_ACTION = 'ca-certificate-rotation';
const inventory_iso = (d) => (d ? d.toISOString().replace('.000Z', 'Z') : undefined);
async function collect(pages, items) {
    const out = [];
    for await (const page of pages)
        out.push(...(items(page) ?? []));
    return out;
}
async function certificates(rds) {
    const list = [];
    let defaultCa;
    for await (const page of (0,client_rds_dist_cjs/* paginateDescribeCertificates */.nTJ)({ client: rds, pageSize: PAGE }, {})) {
        defaultCa ??= page.DefaultCertificateForNewLaunches;
        for (const c of page.Certificates ?? []) {
            if (!c.CertificateIdentifier)
                continue;
            list.push({
                caId: c.CertificateIdentifier,
                thumbprint: c.Thumbprint?.toLowerCase(),
                validFrom: inventory_iso(c.ValidFrom),
                validTill: inventory_iso(c.ValidTill),
                customerOverride: c.CustomerOverride === true,
                customerOverrideValidTill: inventory_iso(c.CustomerOverrideValidTill),
            });
        }
    }
    const override = list.find((c) => c.customerOverride)?.caId;
    return { list, defaultCa: override ?? defaultCa };
}
async function pendingRotations(rds) {
    const pending = {};
    for await (const page of (0,client_rds_dist_cjs/* paginateDescribePendingMaintenanceActions */.gsb)({ client: rds, pageSize: PAGE }, {})) {
        for (const resource of page.PendingMaintenanceActions ?? []) {
            const action = resource.PendingMaintenanceActionDetails?.find((a) => a.Action === CA_ROTATION_ACTION);
            if (!resource.ResourceIdentifier || !action)
                continue;
            pending[resource.ResourceIdentifier] = {
                autoAppliedAfter: inventory_iso(action.AutoAppliedAfterDate),
                forcedApply: inventory_iso(action.ForcedApplyDate),
                currentApply: inventory_iso(action.CurrentApplyDate),
                optInStatus: action.OptInStatus,
            };
        }
    }
    return pending;
}
async function engineVersion(rds, engine, version) {
    const out = await rds.send(new client_rds_dist_cjs/* DescribeDBEngineVersionsCommand */.mh$({ Engine: engine, EngineVersion: version }));
    const v = out.DBEngineVersions?.[0];
    return v ? { rotatesWithoutRestart: v.SupportsCertificateRotationWithoutRestart, supportedCas: v.SupportedCACertificateIdentifiers ?? [] } : undefined;
}
async function inspectRegion(region, rds, inScope) {
    const settled = (p) => p.then((value) => ({ value }), (error) => ({ error }));
    // Instances are reduced to plain facts page by page, so the SDK's full objects do not pile up;
    // clusters are few and needed whole to tell Multi-AZ DB clusters from Aurora.
    const [instances, clusters, certs, pending] = await Promise.all([
        collect((0,client_rds_dist_cjs/* paginateDescribeDBInstances */.$PQ)({ client: rds, pageSize: PAGE }, {}), (p) => databasesFrom(p.DBInstances ?? [], [], region)),
        collect((0,client_rds_dist_cjs/* paginateDescribeDBClusters */.cbb)({ client: rds, pageSize: PAGE }, {}), (p) => p.DBClusters),
        settled(certificates(rds)),
        settled(pendingRotations(rds)),
    ]);
    const inventory = { region, databases: withClusters(instances, clusters, region).filter(inScope), engineVersions: {}, skipped: [] };
    if ('value' in certs) {
        inventory.certificates = certs.value.list;
        inventory.defaultCa = certs.value.defaultCa;
    }
    else {
        inventory.skipped.push(`DescribeCertificates failed (${(0,errors/* describeAwsError */.Pp)(certs.error)}): CA expiry and the default CA for new launches were not checked, and trust was judged by the embedded catalog alone`);
    }
    if ('value' in pending)
        inventory.pending = pending.value;
    else
        inventory.skipped.push(`DescribePendingMaintenanceActions failed (${(0,errors/* describeAwsError */.Pp)(pending.error)}): pending ca-certificate-rotation deadlines are not shown`);
    const versions = new Map(inventory.databases.map((d) => [(0,fleet_inventory/* engineVersionKey */.iA)(d.engine, d.engineVersion), d]));
    const failures = [];
    await Promise.all([...versions].map(async ([key, db]) => {
        try {
            const facts = await engineVersion(rds, db.engine, db.engineVersion);
            if (facts)
                inventory.engineVersions[key] = facts;
            else
                failures.push(`${key}: not described`);
        }
        catch (error) {
            failures.push(`${key}: ${(0,errors/* describeAwsError */.Pp)(error)}`);
        }
    }));
    if (failures.length) {
        inventory.skipped.push(`DescribeDBEngineVersions failed for ${failures.join('; ')}: a restart was assumed for those versions and support for the target CA was not checked`);
    }
    return inventory;
}

;// CONCATENATED MODULE: ./src/aws/inspect.ts





/** The account's enabled regions (not-opted-in regions are left out by EC2 itself). */
async function enabledRegions(region, credentials, agent) {
    const { DescribeRegionsCommand } = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19));
    const out = await (await (0,clients.ec2Client)(region, { credentials, agent })).send(new DescribeRegionsCommand({ AllRegions: false }));
    return (out.Regions ?? []).filter((r) => r.OptInStatus !== 'not-opted-in').map((r) => r.RegionName).filter(Boolean).sort();
}
async function inspectAws(config, identityDeps) {
    const home = config.regions[0] ?? identityDeps.env.AWS_REGION ?? identityDeps.env.AWS_DEFAULT_REGION ?? 'us-east-1';
    const agent = await (0,clients.proxyAgent)(identityDeps.env);
    const deps = { ...identityDeps, agent };
    let identity;
    try {
        identity = await establishIdentity(config.aws, home, deps);
    }
    catch (error) {
        if (error instanceof errors/* AwsAccessError */.Eo)
            return { notInspected: error.message };
        return { notInspected: `AWS access failed: ${(0,errors/* describeAwsError */.Pp)(error)}` };
    }
    let regions = config.regions;
    if (config.allRegions) {
        try {
            regions = await enabledRegions(home, identity.credentials, agent);
        }
        catch (error) {
            return { notInspected: `regions: all needs EC2 DescribeRegions, which failed (${(0,errors/* describeAwsError */.Pp)(error)}); list the regions instead, or allow ec2:DescribeRegions.` };
        }
    }
    const inScope = scopeFilter(config.aws.scope);
    const results = await Promise.all(regions.map(async (region) => {
        try {
            return { region, inventory: await inspectRegion(region, (0,clients.rdsClient)(region, { credentials: identity.credentials, agent }), inScope) };
        }
        catch (error) {
            return { region, reason: (0,errors/* describeAwsError */.Pp)(error) };
        }
    }));
    const facts = { account: identity.account, principal: identity.principal, via: identity.via, inspected: [], failed: [] };
    for (const r of results) {
        if ('inventory' in r)
            facts.inspected.push(r.inventory);
        else
            facts.failed.push({ region: r.region, reason: r.reason });
    }
    return { facts, regions, session: { credentials: identity.credentials, agent } };
}


/***/ })

};
