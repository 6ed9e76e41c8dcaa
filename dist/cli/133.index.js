export const id = 133;
export const ids = [133];
export const modules = {

/***/ 35133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inspectAws: () => (/* binding */ inspectAws)
});

// UNUSED EXPORTS: homeRegion

// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(40201);
// EXTERNAL MODULE: ./src/aws/classify-error.ts + 2 modules
var classify_error = __webpack_require__(38945);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(99378);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(71695);
// EXTERNAL MODULE: ./src/base/partition.ts
var base_partition = __webpack_require__(91759);
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
/**
 * The OIDC token's audience: the input, else the partition's default, as aws-actions/configure-aws-credentials
 * documents it: `sts.amazonaws.com`, and `sts.amazonaws.com.cn` in the China regions. `region` is STS's.
 */
const oidcAudience = (aws, region) => aws.audience ?? ((0,base_partition/* partitionOf */.iQ)(region).name === 'aws-cn' ? 'sts.amazonaws.com.cn' : 'sts.amazonaws.com');
async function assumeRole(aws, region, deps) {
    const role = aws.roleToAssume;
    if (!deps.env.ACTIONS_ID_TOKEN_REQUEST_URL || !deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new errors/* AwsAccessError */.Eo('role-to-assume is set but this job cannot request a GitHub OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set). ' +
            'Add `permissions: id-token: write` to the workflow or job. Pull requests from forks never get a token: use `offline: true` there.');
    }
    // One attempt per token: our loop retries, each time with a fresh token.
    const context = deps.context ?? {};
    const sts = (0,clients.stsClient)(region, { maxAttempts: 1, agent: deps.agent, bounds: context.bounds });
    const sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const audience = oidcAudience(aws, region);
    let last = '';
    for (let attempt = 1; attempt <= ATTEMPTS && !context.deadline?.aborted; attempt++) {
        let token;
        try {
            token = await deps.getIdToken(audience);
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
            }), { abortSignal: context.deadline });
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
                    `The token's subject (sub) is "${String(claims.sub ?? '?')}" and its audience (aud) "${String(claims.aud ?? audience)}"; ` +
                    "the trust policy's token.actions.githubusercontent.com:sub and :aud conditions must allow them.");
            }
            const problem = (0,classify_error/* classifyAwsError */.u)(error, { service: 'STS', action: 'AssumeRoleWithWebIdentity', region }, context);
            last = `STS AssumeRoleWithWebIdentity in ${region}: ${problem.text}`;
            if (!RETRYABLE.has(name) && !['timeout', 'network', 'aws-side', 'throttled'].includes(problem.kind))
                break;
            if (attempt < ATTEMPTS)
                await sleep(500 * 2 ** attempt);
        }
    }
    if (context.deadline?.aborted) {
        const problem = (0,classify_error/* classifyAwsError */.u)(undefined, undefined, context);
        throw new errors/* AwsAccessError */.Eo(`could not assume ${role}: STS AssumeRoleWithWebIdentity in ${region}: ${problem.text}`, problem.remediation);
    }
    throw new errors/* AwsAccessError */.Eo(`could not assume ${role} after ${ATTEMPTS} attempt(s): ${last}`);
}
function explainCallerFailure(error, via, region, context) {
    const name = (0,errors/* errorName */.Is)(error);
    const problem = (0,classify_error/* classifyAwsError */.u)(error, { service: 'STS', action: 'GetCallerIdentity', region }, context);
    const message = (text) => new errors/* AwsAccessError */.Eo(text, problem.remediation);
    if (name === 'CredentialsProviderError') {
        return new errors/* AwsAccessError */.Eo('no AWS credentials were found (environment, web identity, container, profile or shared files). ' +
            'Give the job a role with `role-to-assume` (and `permissions: id-token: write`) or an aws-actions/configure-aws-credentials step, or set `offline: true` to check the repository alone.');
    }
    if (name === 'ExpiredToken' || name === 'ExpiredTokenException' || name === 'RequestExpired') {
        return message(`the AWS credentials from the ${via} have expired (${problem.text}). Refresh them, or set \`offline: true\` to check the repository alone.`);
    }
    if (name === 'InvalidClientTokenId' || name === 'SignatureDoesNotMatch' || name === 'UnrecognizedClientException') {
        const partition = (0,base_partition/* partitionOf */.iQ)(region).name;
        return new errors/* AwsAccessError */.Eo(`the AWS credentials from the ${via} are not valid in ${region}, a region of the ${partition} partition (${problem.text}).`, `${problem.remediation ?? ''} Credentials of another partition (GovCloud: aws-us-gov, China: aws-cn) are valid only in its regions: give \`regions\` (or AWS_REGION) in their partition.`.trim());
    }
    return message(`could not prove who we are in AWS: STS GetCallerIdentity in ${region}: ${problem.text}`);
}
async function establishIdentity(aws, region, deps) {
    const via = aws.roleToAssume ? 'role' : 'default credential chain';
    const credentials = aws.roleToAssume ? await assumeRole(aws, region, deps) : undefined;
    const context = deps.context ?? {};
    let caller;
    try {
        caller = await (0,clients.stsClient)(region, { credentials, maxAttempts: 3, agent: deps.agent, bounds: context.bounds }).send(new dist_cjs/* GetCallerIdentityCommand */.zI({}), { abortSignal: context.deadline });
    }
    catch (error) {
        throw explainCallerFailure(error, via, region, context);
    }
    const account = caller.Account ?? '';
    if (!/^\d{12}$/.test(account)) {
        throw new errors/* AwsAccessError */.Eo(`STS GetCallerIdentity in ${region} answered without a valid account (${account ? `"${account.slice(0, 20).replace(/[^\x20-\x7e]/g, '?')}"` : 'an empty one'}): nothing can be inspected for an account nobody can name.`, 'Check that the STS endpoint is AWS (AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_STS, proxy settings).');
    }
    if (aws.allowedAccountIds.length && !aws.allowedAccountIds.includes(account)) {
        throw new errors/* AwsAccessError */.Eo(`the credentials belong to account ${account}, which is not in allowed-account-ids (${aws.allowedAccountIds.join(', ')}); nothing was inspected.`);
    }
    return { account, principal: caller.Arn ?? '', via, credentials };
}

// EXTERNAL MODULE: ./src/model/scope.ts
var scope = __webpack_require__(17141);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-rds/dist-cjs/index.js
var client_rds_dist_cjs = __webpack_require__(57202);
;// CONCATENATED MODULE: ./src/aws/databases.ts
/** An AWS date as the reports write instants: ISO-8601, whole seconds without `.000`. */
const isoInstant = (d) => (d ? d.toISOString().replace('.000Z', 'Z') : undefined);
const tagsOf = (list) => Object.fromEntries((list ?? []).filter((t) => t.Key).map((t) => [t.Key, t.Value ?? '']));
/** Multi-AZ DB clusters (not Aurora, not DocumentDB) have an instance class at cluster level. */
function isMultiAzDbCluster(cluster) {
    return Boolean(cluster.DBClusterInstanceClass) && !cluster.Engine?.startsWith('aurora') && cluster.Engine !== 'docdb';
}
function databasesFrom(instances, clusters, where) {
    return withClusters(instances.map((i) => instanceFacts(i, where)), clusters, where);
}
function instanceFacts(i, { account, region }) {
    return {
        arn: i.DBInstanceArn ?? `${region}:${i.DBInstanceIdentifier}`,
        account,
        id: i.DBInstanceIdentifier ?? '?',
        kind: 'instance',
        region,
        engine: i.Engine ?? 'unknown',
        engineVersion: i.EngineVersion ?? 'unknown',
        ca: i.CACertificateIdentifier ?? i.CertificateDetails?.CAIdentifier,
        pendingCa: i.PendingModifiedValues?.CACertificateIdentifier,
        serverCertValidTill: isoInstant(i.CertificateDetails?.ValidTill),
        clusterId: i.DBClusterIdentifier,
        status: i.DBInstanceStatus,
        tags: tagsOf(i.TagList),
        endpoint: i.Endpoint?.Address ? { address: i.Endpoint.Address, port: i.Endpoint.Port ?? 0 } : undefined,
    };
}
/** Instances' facts plus the Multi-AZ DB clusters, whose member instances are judged at cluster level. */
function withClusters(instances, clusters, { account, region }) {
    const multiAz = new Map(clusters.filter(isMultiAzDbCluster).map((c) => [c.DBClusterIdentifier, c]));
    const out = instances.filter((i) => !(i.clusterId && multiAz.has(i.clusterId)));
    for (const c of multiAz.values()) {
        out.push({
            arn: c.DBClusterArn ?? `${region}:${c.DBClusterIdentifier}`,
            account,
            id: c.DBClusterIdentifier ?? '?',
            kind: 'cluster',
            region,
            engine: c.Engine ?? 'unknown',
            engineVersion: c.EngineVersion ?? 'unknown',
            ca: c.CertificateDetails?.CAIdentifier,
            pendingCa: c.PendingModifiedValues?.CertificateDetails?.CAIdentifier,
            serverCertValidTill: isoInstant(c.CertificateDetails?.ValidTill),
            status: c.Status,
            tags: tagsOf(c.TagList),
            endpoint: c.Endpoint ? { address: c.Endpoint, port: c.Port ?? 0 } : undefined,
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/model/fleet.ts
var fleet = __webpack_require__(66389);
// EXTERNAL MODULE: ./src/model/iac.ts
var iac = __webpack_require__(19150);
;// CONCATENATED MODULE: ./src/aws/engine-versions.ts
/**
 * One region's DescribeDBEngineVersions round, started version by version as the databases
 * become known instead of after every other call: a version is described once, as soon as a
 * database that will be judged runs it. Which databases will be judged depends on the
 * clusters (a Multi-AZ DB cluster's member instances are judged at cluster level), so an
 * instance that belongs to a cluster waits for DescribeDBClusters; an instance on its own
 * does not. The versions described are exactly those of the judged databases, as if the
 * round had waited for everything.
 */




const settled = (p) => p.then((value) => ({ value }), (error) => ({ error }));
/** One engine version's facts, or undefined when AWS does not describe it. */
async function engineVersion(rds, engine, version, context) {
    const out = await rds.send(new client_rds_dist_cjs/* DescribeDBEngineVersionsCommand */.mh$({ Engine: engine, EngineVersion: version }), {
        abortSignal: context.deadline,
    });
    const v = out.DBEngineVersions?.[0];
    return v
        ? { rotatesWithoutRestart: v.SupportsCertificateRotationWithoutRestart, supportedCas: v.SupportedCACertificateIdentifiers ?? [] }
        : undefined;
}
class EngineVersionRound {
    describe;
    inScope;
    where;
    calls = new Map();
    /** Identifiers of the Multi-AZ DB clusters, once DescribeDBClusters has answered. */
    multiAz;
    /** Instances in a cluster, read before the clusters were known. */
    waiting = [];
    constructor(describe, inScope, where) {
        this.describe = describe;
        this.inScope = inScope;
        this.where = where;
    }
    /** One page of instances: the versions of those that will be judged are described now (or once the clusters are known). */
    instances(page) {
        for (const db of page) {
            if (!this.inScope(db))
                continue;
            if (!db.clusterId)
                this.want(db);
            else if (!this.multiAz)
                this.waiting.push(db);
            else if (!this.multiAz.has(db.clusterId))
                this.want(db);
        }
        return page;
    }
    /** Every cluster: the Multi-AZ DB clusters' versions, and those of the instances that waited for them. */
    clusters(clusters) {
        this.multiAz = new Set(clusters.filter(isMultiAzDbCluster).map((c) => c.DBClusterIdentifier));
        for (const db of withClusters([], clusters, this.where))
            if (this.inScope(db))
                this.want(db);
        const waiting = this.waiting;
        this.waiting = [];
        this.instances(waiting);
        return clusters;
    }
    want(db) {
        const key = (0,fleet/* engineVersionKey */.iA)(db.engine, db.engineVersion);
        let call = this.calls.get(key);
        if (!call)
            this.calls.set(key, (call = settled(this.describe(db.engine, db.engineVersion))));
        return call;
    }
    /** The versions of the judged databases, sorted by key (every one was started as its database became known). */
    async described(databases) {
        const first = new Map(databases.map((d) => [(0,fleet/* engineVersionKey */.iA)(d.engine, d.engineVersion), d]));
        const keys = [...first.keys()].sort(iac/* byCodePoint */.HH);
        return Promise.all(keys.map(async (key) => ({ key, ...(await this.want(first.get(key))) })));
    }
    /** Resolves once every call started has answered or failed (nothing is left in flight when a region fails). */
    async settle() {
        await Promise.all(this.calls.values());
    }
}

;// CONCATENATED MODULE: ./src/aws/pages.ts
/** Every item of every page, in order: pages are read one after another (each needs the previous one's marker). */
async function collectPages(pages, items) {
    const out = [];
    for await (const page of pages)
        out.push(...(items(page) ?? []));
    return out;
}

;// CONCATENATED MODULE: ./src/aws/proxies.ts
/**
 * A region's RDS proxies and their endpoints (DescribeDBProxies, DescribeDBProxyEndpoints, both
 * paginated): each proxy's default endpoint and each additional endpoint, in scope as databases are.
 *
 * Scope: a proxy stands for the databases behind it. It is in scope when its name passes the
 * identifier globs (include and exclude) and its engine family is an engine in scope (MYSQL:
 * mysql, mariadb, aurora-mysql; POSTGRESQL: postgres, aurora-postgresql; SQLSERVER: sqlserver-*),
 * judged by the same filter as a database. DescribeDBProxies answers no tags, so a scope that
 * filters by tags or environment leaves proxies out rather than guess.
 */



const PAGE = 100;
const FAMILY_ENGINES = {
    MYSQL: ['mysql', 'mariadb', 'aurora-mysql'],
    POSTGRESQL: ['postgres', 'aurora-postgresql'],
    SQLSERVER: ['sqlserver-ee', 'sqlserver-se', 'sqlserver-ex', 'sqlserver-web'],
};
/** Whether the proxy is in scope, judged as a database of its engine family named as the proxy. */
function proxyInScope(proxy, where, inScope) {
    const engines = FAMILY_ENGINES[proxy.EngineFamily ?? ''] ?? [proxy.EngineFamily?.toLowerCase() ?? 'unknown'];
    return engines.some((engine) => inScope({
        arn: proxy.DBProxyArn ?? `${where.region}:${proxy.DBProxyName}`,
        account: where.account,
        id: proxy.DBProxyName ?? '?',
        kind: 'instance',
        region: where.region,
        engine,
        engineVersion: 'unknown',
        tags: {},
    }));
}
async function describeProxies(rds, where, inScope, context, call) {
    const send = { abortSignal: context.deadline };
    // Both calls go out together: a region's proxies are few, and the deadline covers both.
    const [proxies, endpoints] = await Promise.all([
        call('DescribeDBProxies', () => collectPages((0,client_rds_dist_cjs/* paginateDescribeDBProxies */.bl_)({ client: rds, pageSize: PAGE }, {}, send), (p) => p.DBProxies)),
        call('DescribeDBProxyEndpoints', () => collectPages((0,client_rds_dist_cjs/* paginateDescribeDBProxyEndpoints */.JIT)({ client: rds, pageSize: PAGE }, {}, send), (p) => p.DBProxyEndpoints)),
    ]);
    const kept = new Map(proxies.filter((p) => p.DBProxyName && proxyInScope(p, where, inScope)).map((p) => [p.DBProxyName, p]));
    const out = [];
    const base = (p) => ({ ...where, proxy: p.DBProxyName, engineFamily: p.EngineFamily, requireTls: p.RequireTLS });
    for (const p of kept.values())
        out.push({ ...base(p), name: p.DBProxyName, host: p.Endpoint, arn: p.DBProxyArn });
    for (const e of endpoints) {
        const p = e.DBProxyName ? kept.get(e.DBProxyName) : undefined;
        // The default endpoint is listed with the proxy already.
        if (!p || e.IsDefault || !e.DBProxyEndpointName)
            continue;
        out.push({ ...base(p), name: e.DBProxyEndpointName, host: e.Endpoint, role: e.TargetRole, arn: e.DBProxyEndpointArn });
    }
    return out.sort((a, b) => (0,iac/* byCodePoint */.HH)(a.proxy, b.proxy) || Number(a.name !== a.proxy) - Number(b.name !== b.proxy) || (0,iac/* byCodePoint */.HH)(a.name, b.name));
}

// EXTERNAL MODULE: ./src/verdict/order.ts
var order = __webpack_require__(22037);
;// CONCATENATED MODULE: ./src/aws/inventory.ts
/**
 * One region's inventory, every call fully paginated and none per database: the calls
 * grow with pages and distinct engine versions, not with databases. DescribeDBInstances
 * and DescribeDBClusters must answer or the region is not inspected; the auxiliary calls
 * may fail, and each failure says which checks were skipped and what was assumed. Every call
 * carries the inspection's deadline; a call cut by it leaves the whole region not inspected.
 * The calls overlap as far as their dependencies allow: only the DescribeDBInstances pages
 * follow each other (through Marker); clusters, certificates and pending maintenance go beside
 * the first page, and each engine version is described as soon as a database runs it.
 */







const inventory_PAGE = 100;
/** AWS's name for the pending maintenance action behind the console's "CertificateUpdate". */
const CA_ROTATION_ACTION = 'ca-certificate-rotation';
/** Send options of every call: the inspection's deadline. */
const sendOptions = (context) => ({ abortSignal: context.deadline });
async function certificates(rds, context) {
    const list = [];
    let defaultCa;
    for await (const page of (0,client_rds_dist_cjs/* paginateDescribeCertificates */.nTJ)({ client: rds, pageSize: inventory_PAGE }, {}, sendOptions(context))) {
        defaultCa ??= page.DefaultCertificateForNewLaunches;
        for (const c of page.Certificates ?? []) {
            if (!c.CertificateIdentifier)
                continue;
            list.push({
                caId: c.CertificateIdentifier,
                thumbprint: c.Thumbprint?.toLowerCase(),
                validFrom: isoInstant(c.ValidFrom),
                validTill: isoInstant(c.ValidTill),
                customerOverride: c.CustomerOverride === true,
                customerOverrideValidTill: isoInstant(c.CustomerOverrideValidTill),
            });
        }
    }
    const override = list.find((c) => c.customerOverride)?.caId;
    return { list, defaultCa: override ?? defaultCa };
}
async function pendingRotations(rds, context) {
    const pending = {};
    for await (const page of (0,client_rds_dist_cjs/* paginateDescribePendingMaintenanceActions */.gsb)({ client: rds, pageSize: inventory_PAGE }, {}, sendOptions(context))) {
        for (const resource of page.PendingMaintenanceActions ?? []) {
            const action = resource.PendingMaintenanceActionDetails?.find((a) => a.Action === CA_ROTATION_ACTION);
            if (!resource.ResourceIdentifier || !action)
                continue;
            pending[resource.ResourceIdentifier] = {
                autoAppliedAfter: isoInstant(action.AutoAppliedAfterDate),
                forcedApply: isoInstant(action.ForcedApplyDate),
                currentApply: isoInstant(action.CurrentApplyDate),
                optInStatus: action.OptInStatus,
            };
        }
    }
    return pending;
}
/** An auxiliary call's failure in words (its fix kept in `fixes`); the deadline's cut fails the whole region instead. */
function auxiliaryFailure(error, fixes) {
    if (error instanceof errors/* AwsCallError */.iQ && error.problem.kind === 'deadline')
        throw error;
    if (!(error instanceof errors/* AwsCallError */.iQ))
        throw error;
    fixes.add(error.problem.remediation);
    return error.problem.text;
}
async function inspectRegion({ account, region }, rds, inScope, context = {}) {
    const call = (action) => ({ service: 'RDS', action, region });
    // Engine versions are described as the databases that run them become known, beside the instance pages.
    const round = new EngineVersionRound((engine, version) => (0,errors/* awsCall */.uF)(call('DescribeDBEngineVersions'), context, () => engineVersion(rds, engine, version, context)), inScope, { account, region });
    // Instances are reduced to plain facts page by page, so the SDK's full objects do not pile up;
    // clusters are few and needed whole to tell Multi-AZ DB clusters from Aurora.
    const [instancesCall, clustersCall, certs, pending, proxies] = await Promise.all([
        settled((0,errors/* awsCall */.uF)(call('DescribeDBInstances'), context, () => collectPages((0,client_rds_dist_cjs/* paginateDescribeDBInstances */.$PQ)({ client: rds, pageSize: inventory_PAGE }, {}, sendOptions(context)), (p) => round.instances(databasesFrom(p.DBInstances ?? [], [], { account, region }))))),
        settled((0,errors/* awsCall */.uF)(call('DescribeDBClusters'), context, () => collectPages((0,client_rds_dist_cjs/* paginateDescribeDBClusters */.cbb)({ client: rds, pageSize: inventory_PAGE }, {}, sendOptions(context)), (p) => p.DBClusters).then((clusters) => round.clusters(clusters)))),
        settled((0,errors/* awsCall */.uF)(call('DescribeCertificates'), context, () => certificates(rds, context))),
        settled((0,errors/* awsCall */.uF)(call('DescribePendingMaintenanceActions'), context, () => pendingRotations(rds, context))),
        settled(describeProxies(rds, { account, region }, inScope, context, (action, work) => (0,errors/* awsCall */.uF)(call(action), context, work))),
    ]);
    // Nothing is judged, and no failure thrown, while an engine-version call is still in flight.
    await round.settle();
    // Both must answer; when both fail, the same one is named every run.
    if ('error' in instancesCall)
        throw instancesCall.error;
    if ('error' in clustersCall)
        throw clustersCall.error;
    const [instances, clusters] = [instancesCall.value, clustersCall.value];
    const inventory = {
        account,
        region,
        databases: withClusters(instances, clusters, { account, region }).filter(inScope),
        engineVersions: {},
        skipped: [],
    };
    const fixes = new Set();
    if ('value' in certs) {
        inventory.certificates = certs.value.list;
        inventory.defaultCa = certs.value.defaultCa;
    }
    else {
        inventory.skipped.push(`DescribeCertificates failed (${auxiliaryFailure(certs.error, fixes)}): CA expiry and the default CA for new launches were not checked, and trust was judged by the embedded catalog alone`);
    }
    if ('value' in pending)
        inventory.pending = pending.value;
    else
        inventory.skipped.push(`DescribePendingMaintenanceActions failed (${auxiliaryFailure(pending.error, fixes)}): pending ca-certificate-rotation deadlines are not shown`);
    if ('value' in proxies) {
        if (proxies.value.length)
            inventory.proxies = proxies.value;
    }
    else
        inventory.skipped.push(`RDS Proxy was not described (${auxiliaryFailure(proxies.error, fixes)}): whether clients of its proxies trust the Amazon Trust Services roots was not checked`);
    const failures = [];
    const described = await round.described(inventory.databases);
    for (const r of described) {
        if ('error' in r)
            failures.push(`${r.key}: ${auxiliaryFailure(r.error, fixes)}`);
        else if (r.value)
            inventory.engineVersions[r.key] = r.value;
        else
            failures.push(`${r.key}: not described`);
    }
    if (failures.length) {
        // Sorted: the calls finish in any order, the message must not change with it.
        inventory.skipped.push(`DescribeDBEngineVersions failed for ${(0,order/* sortedList */.U)(failures).join('; ')}: a restart was assumed for those versions and support for the target CA was not checked`);
    }
    if (fixes.size)
        inventory.fixes = [...fixes].sort();
    return inventory;
}

;// CONCATENATED MODULE: ./src/aws/account.ts






/**
 * The account's enabled regions (not-opted-in regions are left out by EC2 itself), asked in `home`, a region of
 * the credentials' partition: EC2 answers with that partition's regions, and only those are kept.
 */
async function enabledRegions(home, access) {
    const { DescribeRegionsCommand } = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.t.bind(__webpack_require__, 35193, 19));
    const { context } = access;
    const partition = (0,base_partition/* partitionOf */.iQ)(home).name;
    const ec2 = await (0,clients.ec2Client)(home, { credentials: access.credentials, agent: access.agent, bounds: context.bounds });
    const out = await (0,errors/* awsCall */.uF)({ service: 'EC2', action: 'DescribeRegions', region: home }, context, () => ec2.send(new DescribeRegionsCommand({ AllRegions: false }), { abortSignal: context.deadline }));
    return (out.Regions ?? [])
        .filter((r) => r.OptInStatus !== 'not-opted-in')
        .map((r) => r.RegionName)
        .filter((region) => region && (0,base_partition/* partitionOf */.iQ)(region).name === partition)
        .sort(iac/* byCodePoint */.HH);
}
async function regionsOf(config, home, access) {
    if (!config.allRegions)
        return config.regions;
    let regions;
    try {
        regions = await enabledRegions(home, access);
    }
    catch (error) {
        const failure = (0,errors/* asCallError */.pO)(error, { service: 'EC2', action: 'DescribeRegions', region: home }, access.context);
        return {
            notInspected: `regions: all needs the account's enabled regions, and ${failure.message}`,
            remediation: `${failure.problem.remediation} Or list the regions in \`regions\` instead of \`all\`.`,
        };
    }
    if (regions.length)
        return regions;
    return {
        notInspected: `regions: all found no enabled region: EC2 DescribeRegions in ${home} answered with an empty list, which no AWS account has`,
        remediation: 'Check that the EC2 endpoint is AWS (AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_EC2, proxy settings), or list the regions in `regions` instead of `all`.',
    };
}
async function inspectAccount(config, home, access) {
    const regions = await regionsOf(config, home, access);
    if (!Array.isArray(regions))
        return regions;
    const { account, credentials, agent, context } = access;
    const inScope = (0,scope/* scopeFilter */.Ro)(config.aws.scope);
    const results = await Promise.all(regions.map(async (region) => {
        try {
            return await inspectRegion({ account, region }, (0,clients.rdsClient)(region, { credentials, agent, bounds: context.bounds }), inScope, context);
        }
        catch (error) {
            const failure = (0,errors/* asCallError */.pO)(error, { service: 'RDS', action: 'DescribeDBInstances', region }, context);
            return {
                account,
                region,
                reason: `${failure.call.service} ${failure.call.action}: ${failure.problem.text}`,
                remediation: failure.problem.remediation,
            };
        }
    }));
    return {
        regions,
        inspected: results.filter((r) => 'databases' in r),
        failed: results.filter((r) => 'reason' in r),
    };
}

;// CONCATENATED MODULE: ./src/base/pool.ts
/** `work` over `items`, at most `limit` at a time; the results in the items' order. */
async function mapPool(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await work(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/aws/member-role.ts
/**
 * Into a member account: STS AssumeRole from the hub identity (role chaining), with the
 * member's own client and retries. The credentials stay in memory and are masked; the
 * session's ARN proves the account, so no further call is needed.
 */




/** AWS caps a chained role's session at one hour. */
const CHAINED_MAX_SECONDS = 3600;
/** The member's role ARN: the template with its account and, for a role given by name, the hub's partition (from its ARN). */
const memberRoleArn = (accounts, account, hubPrincipal) => accounts.roleArn.replaceAll('{account}', account).replaceAll('{partition}', (0,base_partition/* partitionOfArn */.Fh)(hubPrincipal) ?? 'aws');
/** The member `account`'s `role` (its ARN, from memberRoleArn), assumed with the hub's credentials. */
async function assumeMemberRole(account, role, externalId, region, context, deps) {
    const sts = (0,clients.stsClient)(region, { credentials: deps.hubCredentials, agent: deps.agent, bounds: context.bounds });
    const out = await (0,errors/* awsCall */.uF)({ service: 'STS', action: 'AssumeRole', region }, context, () => sts.send(new dist_cjs/* AssumeRoleCommand */.QL({
        RoleArn: role,
        RoleSessionName: deps.sessionName,
        DurationSeconds: Math.min(deps.durationSeconds, CHAINED_MAX_SECONDS),
        ...(externalId ? { ExternalId: externalId } : {}),
    }), { abortSignal: context.deadline }));
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey)
        throw new errors/* AwsAccessError */.Eo(`STS answered AssumeRole for ${role} without credentials`);
    for (const secret of [c.AccessKeyId, c.SecretAccessKey, c.SessionToken])
        if (secret)
            deps.mask(secret);
    const principal = out.AssumedRoleUser?.Arn ?? '';
    const answered = /^arn:[\w-]+:sts::(\d{12}):/.exec(principal)?.[1];
    if (answered !== account)
        throw new errors/* AwsAccessError */.Eo(`STS AssumeRole for ${role} answered a session in ${answered ? `account ${answered}` : 'no account'} (${principal || 'no session ARN'}), not ${account}: nothing of it was inspected.`, 'Check that `member-role` names a role in each member account, and that the STS endpoint is AWS.');
    return {
        credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration },
        principal,
    };
}
/** A session this close to its expiry is assumed again (the SDK's own refresh window). */
const REFRESH_BEFORE_MS = 5 * 60_000;
/**
 * The member's credentials for later calls (rotation, which may outlast the chained session's hour):
 * the session already assumed, then a new one once it is near its expiry, one refresh at a time for
 * every client of the account. A refresh carries no inspection deadline (that has passed by then),
 * only the per-call bounds; it needs the hub's own session to be valid still (role-duration-seconds).
 */
function refreshingCredentials(first, assumeAgain, now = Date.now) {
    let current = first;
    let refreshing;
    return async () => {
        if (!current.expiration || current.expiration.getTime() - now() > REFRESH_BEFORE_MS)
            return current;
        refreshing ??= assumeAgain()
            .then((session) => (current = session.credentials))
            .finally(() => (refreshing = undefined));
        return refreshing;
    };
}

;// CONCATENATED MODULE: ./src/aws/organization.ts




/** Organizations answers in one region per partition, its global region: us-east-1, us-gov-west-1, cn-northwest-1. */
const organizationsRegion = (home) => (0,base_partition/* partitionOf */.iQ)(home).globalRegion;
/** ACTIVE by the current `State` field, or the older `Status` when State is absent. */
const active = (a) => (a.State ?? a.Status) === 'ACTIVE';
async function organizationAccounts(units, home, context, options) {
    const sdk = await __webpack_require__.e(/* import() */ 503).then(__webpack_require__.t.bind(__webpack_require__, 92503, 19));
    const region = organizationsRegion(home);
    const client = await (0,clients.organizationsClient)(region, { ...options, bounds: context.bounds });
    const send = { abortSignal: context.deadline };
    const call = (action) => ({ service: 'Organizations', action, region });
    let accounts;
    if (!units.length) {
        accounts = await (0,errors/* awsCall */.uF)(call('ListAccounts'), context, () => collectPages(sdk.paginateListAccounts({ client }, {}, send), (p) => p.Accounts));
    }
    else {
        accounts = [];
        const seen = new Set();
        const queue = [...units];
        while (queue.length) {
            const parent = queue.shift();
            if (seen.has(parent))
                continue;
            seen.add(parent);
            const [direct, children] = await Promise.all([
                (0,errors/* awsCall */.uF)(call('ListAccountsForParent'), context, () => collectPages(sdk.paginateListAccountsForParent({ client }, { ParentId: parent }, send), (p) => p.Accounts)),
                (0,errors/* awsCall */.uF)(call('ListOrganizationalUnitsForParent'), context, () => collectPages(sdk.paginateListOrganizationalUnitsForParent({ client }, { ParentId: parent }, send), (p) => p.OrganizationalUnits)),
            ]);
            accounts.push(...direct);
            queue.push(...children.map((ou) => ou.Id).filter(Boolean));
        }
    }
    return [
        ...new Set(accounts
            .filter(active)
            .map((a) => a.Id)
            .filter(Boolean)),
    ].sort();
}

;// CONCATENATED MODULE: ./src/aws/members.ts






/** The IAM role behind an assumed-role session ARN, as a trust policy names it. */
function roleOfSession(principal) {
    const m = /^arn:([\w-]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(principal);
    return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : principal;
}
function assumeFailure(error, role, hub, accounts, context) {
    const problem = error instanceof errors/* AwsCallError */.iQ
        ? error.problem
        : error instanceof errors/* AwsAccessError */.Eo
            ? undefined
            : (0,classify_error/* classifyAwsError */.u)(error, undefined, context);
    const text = error instanceof errors/* AwsAccessError */.Eo ? error.message : problem.text;
    const trust = `The trust policy of ${role} must allow ${roleOfSession(hub.principal)} to call sts:AssumeRole${accounts.externalId ? ' with the configured sts:ExternalId' : ''}, and the hub role needs sts:AssumeRole on ${role}.`;
    return {
        reason: `could not assume ${role} from ${hub.principal}: ${text}`,
        remediation: problem?.kind === 'access-denied' || !problem ? trust : problem.remediation,
    };
}
async function memberAccountIds(accounts, home, hub, context, agent) {
    if ('ids' in accounts.from)
        return accounts.from.ids;
    return organizationAccounts(accounts.from.organizationUnits, home, context, { credentials: hub.credentials, agent });
}
async function inspectMembers(ids, config, home, hub, deps) {
    const accounts = config.aws.accounts;
    const allowed = config.aws.allowedAccountIds;
    const out = { members: [], regions: [], inspected: [], failed: [], credentials: new Map() };
    const each = await mapPool(ids, accounts.concurrency, async (account) => {
        const role = memberRoleArn(accounts, account, hub.principal);
        if (allowed.length && !allowed.includes(account))
            return {
                member: {
                    account,
                    role,
                    notInspected: {
                        reason: `account ${account} is not in allowed-account-ids (${allowed.join(', ')}); its role was not assumed`,
                        remediation: 'Add the account to `allowed-account-ids`, or leave it out of `accounts` (or its OU out of `organizational-units`).',
                    },
                },
            };
        const roleDeps = {
            hubCredentials: hub.credentials,
            agent: deps.agent,
            mask: deps.mask,
            sessionName: config.aws.roleSessionName,
            durationSeconds: config.aws.roleDurationSeconds,
        };
        const assume = (context) => assumeMemberRole(account, role, accounts.externalId, home, context, roleDeps);
        let session;
        try {
            session = await assume(deps.context);
        }
        catch (error) {
            return { member: { account, role, notInspected: assumeFailure(error, role, hub, accounts, deps.context) } };
        }
        const context = { ...deps.context, principal: session.principal };
        const result = await inspectAccount(config, home, { account, credentials: session.credentials, agent: deps.agent, context });
        if ('notInspected' in result)
            return {
                member: {
                    account,
                    role,
                    principal: session.principal,
                    notInspected: { reason: result.notInspected, remediation: result.remediation },
                },
            };
        const later = refreshingCredentials(session.credentials, () => assume({ ...deps.context, deadline: undefined }));
        return { member: { account, role, principal: session.principal }, result, credentials: later };
    });
    for (const r of each) {
        out.members.push(r.member);
        if ('result' in r && r.result && 'inspected' in r.result) {
            out.inspected.push(...r.result.inspected);
            out.failed.push(...r.result.failed);
            out.regions.push(...r.result.regions.filter((region) => !out.regions.includes(region)));
            out.credentials.set(r.member.account, r.credentials);
        }
    }
    if (config.allRegions)
        out.regions.sort();
    return out;
}

;// CONCATENATED MODULE: ./src/aws/inspect.ts







function notInspected(error, context, what = 'AWS access failed') {
    if (error instanceof errors/* AwsAccessError */.Eo)
        return { notInspected: error.message, remediation: error.remediation };
    if (error instanceof errors/* AwsCallError */.iQ)
        return { notInspected: error.message, remediation: error.problem.remediation };
    const problem = (0,classify_error/* classifyAwsError */.u)(error, undefined, context);
    return { notInspected: `${what}: ${problem.text}`, remediation: problem.remediation };
}
async function ownAccount(config, home, identity, context, agent) {
    const result = await inspectAccount(config, home, { account: identity.account, credentials: identity.credentials, agent, context });
    if ('notInspected' in result)
        return result;
    const { regions, inspected, failed } = result;
    const facts = { account: identity.account, principal: identity.principal, via: identity.via, inspected, failed };
    return { facts, regions, session: { credentials: new Map([[identity.account, identity.credentials]]), agent } };
}
async function memberAccounts(config, home, identity, context, deps) {
    let ids;
    try {
        ids = await memberAccountIds(config.aws.accounts, home, identity, context, deps.agent);
    }
    catch (error) {
        const failure = notInspected(error, context, 'listing the organization failed');
        return {
            notInspected: `accounts: organization needs the organization's accounts, and ${failure.notInspected}`,
            remediation: `${failure.remediation ?? ''} The hub identity (${identity.principal}) needs organizations:ListAccounts (and, with organizational-units, organizations:ListAccountsForParent and organizations:ListOrganizationalUnitsForParent), in the management account or a delegated administrator.`.trim(),
        };
    }
    if (!ids.length)
        return {
            notInspected: `accounts: organization found no ACTIVE account${'organizationUnits' in config.aws.accounts.from && config.aws.accounts.from.organizationUnits.length ? ' under the organizational units given' : ''}`,
            remediation: 'Check `organizational-units`, or list the accounts in `accounts`.',
        };
    const members = await inspectMembers(ids, config, home, identity, { context, ...deps });
    const facts = {
        account: identity.account,
        principal: identity.principal,
        via: identity.via,
        inspected: members.inspected,
        failed: members.failed,
        members: members.members,
    };
    return {
        facts,
        regions: members.regions.length ? members.regions : config.regions,
        session: { credentials: members.credentials, agent: deps.agent },
    };
}
/**
 * The region STS is asked in, and so the partition: the first region in scope, else the environment's, else
 * us-east-1; moved to the global region of the role's partition when the role is in another (a GovCloud role
 * with `regions: all` and no AWS_REGION is assumed in us-gov-west-1, never in us-east-1).
 */
function homeRegion(config, env) {
    const given = config.regions[0] || env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
    return (0,base_partition/* regionForArn */.Lm)(given, config.aws.roleToAssume);
}
async function inspectAws(config, identityDeps) {
    let home = homeRegion(config, identityDeps.env);
    const agent = await (0,clients.proxyAgent)(identityDeps.env);
    const bounds = { ...clients.DEFAULT_AWS_BOUNDS, ...identityDeps.bounds };
    const context = {
        bounds,
        deadline: AbortSignal.timeout(identityDeps.bounds?.deadlineMs ?? config.aws.timeoutMinutes * 60_000),
        timeoutMinutes: config.aws.timeoutMinutes,
        env: identityDeps.env,
    };
    let identity;
    try {
        identity = await establishIdentity(config.aws, home, { ...identityDeps, agent, context });
    }
    catch (error) {
        return notInspected(error, context);
    }
    context.principal = identity.principal;
    // EC2 DescribeRegions, Organizations and the members' AssumeRole go to the partition the identity proved to be in.
    home = (0,base_partition/* regionForArn */.Lm)(home, identity.principal);
    return config.aws.accounts
        ? memberAccounts(config, home, identity, context, { agent, mask: identityDeps.mask })
        : ownAccount(config, home, identity, context, agent);
}


/***/ })

};
