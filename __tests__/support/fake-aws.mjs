// A fake AWS endpoint on 127.0.0.1 for tests and benchmarks: the RDS and STS Query protocols and EC2
// DescribeRegions, answering XML shaped as the service models define, from a seeded fleet. Switches:
// page size, latency (fixed, plus random per-call jitter), throttling rate, 5xx rate, AccessDenied per region or
// per action, and per region and action a fault (`failActions`): AccessDenied, Throttling, ServerError,
// BrokenServerError (a 500 whose XML is malformed), Silent (takes the request, never answers), Trickle (headers,
// then the answer a byte every `trickleMs`), Empty (200, no body), Html (200, a proxy's login page), WrongXml (200,
// the operation's response element without its result). It also serves a GitHub Actions OIDC token endpoint.
// Many accounts: the seed is the hub account; `seed.accounts` are member accounts reached by STS AssumeRole (role
// chaining), each served from its own regions to the keys AssumeRole issued for it; `failAccounts` sets faults per
// member account. AWS Organizations (awsJson1_1: ListAccounts, ListAccountsForParent, ListOrganizationalUnitsForParent)
// answers from `seed.organization`. Every call is recorded as { service, action, region, account, target? }.
// Partitions: `partition` (default 'aws') is the AWS partition it plays. The ARNs it answers (identities, assumed
// roles, Organizations, and the seed's database, cluster and certificate ARNs) are in it, and a call signed for a
// region of another partition is refused with InvalidClientTokenId, as that partition's endpoint refuses keys it never
// issued: a test sees a call that went to the wrong partition. An unsigned call (AssumeRoleWithWebIdentity) carries no
// region: it is recorded with region '' and answered; the role ARN it names must still be in the partition.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { partition as partitionOfRegion } from '@aws-sdk/core/client';

const NAMESPACE = {
  rds: 'http://rds.amazonaws.com/doc/2014-10-31/',
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
  ec2: 'http://ec2.amazonaws.com/doc/2016-11-15/',
};
const VERSION_SERVICE = { '2014-10-31': 'rds', '2011-06-15': 'sts', '2016-11-15': 'ec2' };
/** List element → member element, as the service models name them. */
const MEMBER = {
  DBInstances: 'DBInstance',
  DBClusters: 'DBCluster',
  Certificates: 'Certificate',
  TagList: 'Tag',
  PendingMaintenanceActions: 'ResourcePendingMaintenanceActions',
  PendingMaintenanceActionDetails: 'PendingMaintenanceAction',
  DBEngineVersions: 'DBEngineVersion',
  SupportedCACertificateIdentifiers: 'member',
  DBClusterMembers: 'DBClusterMember',
  DBProxies: 'member',
  DBProxyEndpoints: 'member',
  regionInfo: 'item',
};

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function toXml(name, value) {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return `<${name}>${value.map((v) => toXml(MEMBER[name] ?? 'member', v)).join('')}</${name}>`;
  if (value instanceof Date) return `<${name}>${value.toISOString()}</${name}>`;
  if (typeof value === 'object')
    return `<${name}>${Object.entries(value)
      .filter(([k]) => !k.startsWith('_'))
      .map(([k, v]) => toXml(k, v))
      .join('')}</${name}>`;
  return `<${name}>${escape(value)}</${name}>`;
}

function answer(service, action, result) {
  if (service === 'ec2')
    return `<${action}Response xmlns="${NAMESPACE.ec2}"><requestId>${randomUUID()}</requestId>${Object.entries(result)
      .map(([k, v]) => toXml(k, v))
      .join('')}</${action}Response>`;
  return `<${action}Response xmlns="${NAMESPACE[service]}">${toXml(`${action}Result`, result)}<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${action}Response>`;
}

function fault(service, code, message) {
  if (service === 'ec2')
    return `<Response><Errors><Error><Code>${code}</Code><Message>${escape(message)}</Message></Error></Errors><RequestID>${randomUUID()}</RequestID></Response>`;
  return `<ErrorResponse xmlns="${NAMESPACE[service] ?? NAMESPACE.rds}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${escape(message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`;
}

/** awsJson1_1 (AWS Organizations): the answer as JSON, timestamps as epoch seconds. */
function jsonAnswer(result) {
  return JSON.stringify(result, function (key, value) {
    const raw = this[key];
    return raw instanceof Date ? raw.getTime() / 1000 : value;
  });
}

/** awsJson1_1 error body: the SDK reads the code from `__type` first, then `code`, then the x-amzn-ErrorType header. */
function jsonFault(code, message) {
  return JSON.stringify({ __type: code, Message: message });
}

/** How each protocol renders an answer, an error, and the faults that need a body. */
const PROTOCOL = {
  query: {
    type: 'text/xml',
    answer: (ctx, result) => answer(ctx.service, ctx.action, result),
    fault: (ctx, code, message) => fault(ctx.service, code, message),
    headers: () => ({}),
    wrong: (ctx) =>
      `<${ctx.action}Response xmlns="${NAMESPACE[ctx.service]}"><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${ctx.action}Response>`,
    broken: '<ErrorResponse><Error><Code>InternalFailure</Code></Message></Error></ErrorResponse>',
    codes: { throttling: 'Throttling', server: 'InternalFailure' },
  },
  json: {
    type: 'application/x-amz-json-1.1',
    answer: (ctx, result) => jsonAnswer(result),
    fault: (ctx, code, message) => jsonFault(code, message),
    headers: (code) => ({ 'x-amzn-requestid': randomUUID(), ...(code ? { 'x-amzn-errortype': code } : {}) }),
    wrong: () => '{}',
    broken: '{"__type":"ServiceException","Message":',
    codes: { throttling: 'TooManyRequestsException', server: 'ServiceException' },
  },
};

class Fault extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** An unsigned JWT with the claims GitHub puts in an Actions OIDC token. */
export function oidcToken(claims) {
  const part = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iss: 'https://token.actions.githubusercontent.com', aud: 'sts.amazonaws.com', ...claims })}.signature`;
}

function page(items, params, pageSize) {
  const max = Math.min(Number(params.MaxRecords ?? 100), pageSize);
  const start = Number(params.Marker ?? 0);
  const slice = items.slice(start, start + max);
  return { slice, marker: start + max < items.length ? String(start + max) : undefined };
}

/** A page of an Organizations list: NextToken is the offset, MaxResults bounded by the page size. */
function jsonPage(items, params, pageSize) {
  const max = Math.min(Number(params.MaxResults ?? pageSize), pageSize);
  const start = params.NextToken === undefined ? 0 : Number(params.NextToken);
  if (!Number.isInteger(start) || start < 0 || start > items.length)
    throw new Fault(400, 'InvalidInputException', 'You specified an invalid value for nextToken.');
  return { slice: items.slice(start, start + max), next: start + max < items.length ? String(start + max) : undefined };
}

/** The account id and role name in an IAM role ARN (`arn:<partition>:iam::<account>:role/<path/>name`). */
function roleOf(roleArn) {
  const m = /^arn:aws[\w-]*:iam::(\d{12}):role\/(?:[^/]+\/)*([^/]+)$/.exec(String(roleArn ?? ''));
  return m ? { account: m[1], roleName: m[2] } : undefined;
}

/** Form-encoded Query parameters, with `Filters.Filter.1.Name` style lists folded. */
function parseForm(body) {
  const params = Object.fromEntries(new URLSearchParams(body));
  const filters = [];
  for (const [k, v] of Object.entries(params)) {
    const m = /^Filters\.Filter\.(\d+)\.(Name|Values\.Value\.(\d+))$/.exec(k);
    if (!m) continue;
    const f = (filters[Number(m[1]) - 1] ??= { name: '', values: [] });
    if (m[2] === 'Name') f.name = v;
    else f.values.push(v);
  }
  return { params, filters: filters.filter(Boolean) };
}

export class FakeAws {
  /**
   * @param {object} seed the hub account: { regions: { [region]: { instances, clusters, certificates, defaultCa, pending,
   *   engineVersions } }, enabledRegions?: [{ regionName, optInStatus }], account?: string, trustedSubjects?: RegExp,
   *   accounts?: { [accountId]: { regions, enabledRegions?, roleName?, externalId? } },
   *   organization?: { accounts: [{ Id, Name, Email?, Status, State? }], parents: { [rootOrOuId]: { accounts, children, name? } } } }
   */
  constructor(seed) {
    this.seed = seed;
    this.calls = [];
    this.options = {
      pageSize: 100,
      latencyMs: 0,
      latencyJitterMs: 0,
      throttleRate: 0,
      serverErrorRate: 0,
      accessDenied: new Set(),
      failActions: {},
      assumeRoleFailures: 0,
      settlePolls: 1,
      failModify: new Set(),
      trickleMs: 1000,
      denyAssume: new Set(),
      failAccounts: {},
      partition: 'aws',
    };
    /** Every Modify* call's parameters, in order. */
    this.modifications = [];
    /** Every AssumeRole call's parameters, in order (refused ones too). */
    this.assumedRoles = [];
    this.tokensSeen = [];
    this.issuedKeys = new Map();
    this.tokenRequests = 0;
    this.random = mulberry32(7);
  }

  set(options) {
    Object.assign(this.options, options);
    return this;
  }

  async start() {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${this.server.address().port}`;
    return this;
  }

  async stop() {
    const closed = new Promise((resolve) => this.server.close(resolve));
    this.server.closeAllConnections(); // the SDK keeps connections alive
    await closed;
  }

  /** The environment that points the SDK and @actions/core at this server. */
  env(extra = {}) {
    return {
      AWS_ENDPOINT_URL: this.url,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_ACCESS_KEY_ID: 'AKIDFAKEDEFAULT',
      AWS_SECRET_ACCESS_KEY: 'fake-secret-default',
      ...extra,
    };
  }

  oidcEnv(claims = { sub: 'repo:acme/infra:ref:refs/heads/main' }) {
    this.claims = claims;
    return { ACTIONS_ID_TOKEN_REQUEST_URL: `${this.url}/oidc/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime-token' };
  }

  countCalls(filter = () => true) {
    return this.calls.filter(filter).length;
  }

  /** `arn:<partition>`, the start of every ARN this fake answers. */
  arn() {
    return `arn:${this.options.partition}`;
  }

  /** The seed's ARNs (`arn:aws:…`) moved into this fake's partition, in a copy of `value`. */
  partitioned(value) {
    if (this.options.partition === 'aws') return value;
    if (typeof value === 'string') return value.replace(/^arn:aws:/, `${this.arn()}:`);
    if (Array.isArray(value)) return value.map((v) => this.partitioned(v));
    if (value && typeof value === 'object' && !(value instanceof Date))
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.partitioned(v)]));
    return value;
  }

  /** The hub account: the seed's own, as default credentials and web-identity keys are served. */
  hub() {
    return this.seed.account ?? '123456789012';
  }

  /**
   * Who signed the request, by the access key in its Authorization header: a key AssumeRole issued for a member is
   * served from that member's seed; any other key (web identity, the default, unknown) from the hub's.
   */
  signer(req) {
    const key = /Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1];
    const issued = this.issuedKeys.get(key);
    if (issued?.member)
      return { account: issued.account, arn: issued.arn, userId: issued.userId, member: true, data: this.seed.accounts?.[issued.account] };
    const account = issued?.account ?? this.hub();
    return {
      account: this.hub(),
      arn: issued?.arn ?? `${this.arn()}:iam::${account}:user/ci`,
      userId: issued?.userId ?? 'AIDAFAKE',
      identityAccount: account,
      member: false,
      data: this.seed,
    };
  }

  handle(req, res) {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      if (req.url.startsWith('/oidc/token')) return this.token(req, res);
      const body = Buffer.concat(chunks).toString('utf8');
      const target = req.headers['x-amz-target'];
      let ctx;
      if (target) {
        let params = {};
        try {
          params = JSON.parse(body || '{}');
        } catch {
          // an unreadable body answers as though empty
        }
        ctx = { protocol: 'json', service: 'organizations', action: String(target).split('.').pop(), params, filters: [] };
      } else {
        const { params, filters } = parseForm(body);
        ctx = { protocol: 'query', service: VERSION_SERVICE[params.Version] ?? 'rds', action: params.Action, params, filters };
      }
      const scope = /Credential=[^/]+\/\d+\/([^/]+)\/([^/]+)\//.exec(req.headers.authorization ?? '');
      // An unsigned call (AssumeRoleWithWebIdentity) names no region: recorded with '' and answered in any partition.
      ctx.region = scope?.[1] ?? (req.headers.authorization ? 'us-east-1' : '');
      ctx.who = this.signer(req);
      const call = { service: ctx.service, action: ctx.action, region: ctx.region, account: ctx.who.account };
      if (ctx.service === 'sts' && ctx.action === 'AssumeRole') {
        const { RoleArn, RoleSessionName, ExternalId, DurationSeconds } = ctx.params;
        this.assumedRoles.push({ RoleArn, RoleSessionName, ExternalId, DurationSeconds });
        ctx.target = roleOf(RoleArn)?.account;
        call.target = ctx.target;
      }
      this.calls.push(call);
      const p = PROTOCOL[ctx.protocol];
      const regionPartition = ctx.region ? partitionOfRegion(ctx.region).name : this.options.partition;
      if (regionPartition !== this.options.partition) {
        // The other partition's endpoint never issued these keys.
        const code = ctx.protocol === 'json' ? 'UnrecognizedClientException' : 'InvalidClientTokenId';
        res.writeHead(403, { 'content-type': p.type, ...p.headers(code) });
        return res.end(
          p.fault(
            ctx,
            code,
            `The security token included in the request is invalid. (fake AWS plays ${this.options.partition}; ${ctx.region} is in ${regionPartition})`,
          ),
        );
      }
      const delay = this.options.latencyMs + (this.options.latencyJitterMs ? Math.random() * this.options.latencyJitterMs : 0);
      if (delay) await new Promise((r) => setTimeout(r, delay));
      const faults = this.faultsFor(ctx);
      if (this.answerBadly(ctx, faults.mode, res)) return;
      try {
        this.injectFaults(ctx, faults);
        const result = this.partitioned(this.dispatch(ctx));
        res.writeHead(200, { 'content-type': p.type, ...p.headers() });
        res.end(p.answer(ctx, result));
      } catch (error) {
        if (!(error instanceof Fault)) throw error;
        res.writeHead(error.status, { 'content-type': p.type, ...p.headers(error.code) });
        res.end(p.fault(ctx, error.code, error.message));
      }
    });
  }

  /**
   * The fault set for this call: by the signer's member account (`failAccounts[account][action or '*']`), by the
   * AssumeRole's target account (`failAccounts[target].AssumeRole`), else by region and action (`failActions`).
   */
  faultsFor(ctx) {
    const o = this.options;
    const own = ctx.who.member ? o.failAccounts?.[ctx.who.account] : undefined;
    const onTarget = ctx.target ? o.failAccounts?.[ctx.target]?.AssumeRole : undefined;
    const account = own?.[ctx.action] ?? own?.['*'] ?? onTarget;
    const region = o.failActions[ctx.region]?.[ctx.action] ?? o.failActions['*']?.[ctx.action];
    return { mode: account ?? region, account, region };
  }

  /** Answers with the fault set for this call, if any; true when it did (or never will). */
  answerBadly(ctx, mode, res) {
    if (!mode || mode === 'AccessDenied') return false;
    const p = PROTOCOL[ctx.protocol];
    const send = (status, body, code) => {
      res.writeHead(status, { 'content-type': p.type, ...p.headers(code) });
      res.end(body);
    };
    switch (mode) {
      case 'Silent':
        return true;
      case 'Trickle': {
        let body;
        try {
          body = Buffer.from(p.answer(ctx, this.partitioned(this.dispatch(ctx))));
        } catch (error) {
          if (!(error instanceof Fault)) throw error;
          send(error.status, p.fault(ctx, error.code, error.message), error.code);
          return true;
        }
        res.writeHead(200, { 'content-type': p.type, ...p.headers() });
        res.flushHeaders();
        let sent = 0;
        const timer = setInterval(() => {
          if (res.destroyed || sent >= body.length) {
            clearInterval(timer);
            if (!res.destroyed) res.end();
            return;
          }
          res.write(body.subarray(sent, ++sent));
        }, this.options.trickleMs);
        res.on('close', () => clearInterval(timer));
        return true;
      }
      case 'Empty':
        send(200, '');
        return true;
      case 'Html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          '<!DOCTYPE html>\n<html><head><title>Sign in to continue</title></head><body><form action="/login">Proxy login</form></body></html>',
        );
        return true;
      case 'WrongXml':
        send(200, p.wrong(ctx));
        return true;
      case 'Throttling':
        send(400, p.fault(ctx, p.codes.throttling, 'Rate exceeded'), p.codes.throttling);
        return true;
      case 'ServerError':
        send(500, p.fault(ctx, p.codes.server, 'We encountered an internal error. Please try again.'), p.codes.server);
        return true;
      case 'BrokenServerError':
        send(500, p.broken);
        return true;
      default:
        throw new Error(`fake AWS: unknown fault ${mode}`);
    }
  }

  /**
   * AccessDenied set for the signer's member account or the AssumeRole's target (any service), or by region
   * (`accessDenied`) or region and action (`failActions`) for every service but STS; then the random throttling and
   * 5xx rates (not STS).
   */
  injectFaults(ctx, faults) {
    const o = this.options;
    const { service, region } = ctx;
    const p = PROTOCOL[ctx.protocol];
    if (faults.account === 'AccessDenied') throw this.denied(ctx);
    if (service === 'sts') return;
    if (o.accessDenied.has(region) || faults.region === 'AccessDenied') throw this.denied(ctx);
    if (o.throttleRate && this.random() < o.throttleRate) throw new Fault(400, p.codes.throttling, 'Rate exceeded');
    if (o.serverErrorRate && this.random() < o.serverErrorRate)
      throw new Fault(500, p.codes.server, 'We encountered an internal error. Please try again.');
  }

  /** The AccessDenied this call gets, worded as the service words it. */
  denied(ctx) {
    const { service, action, region, who } = ctx;
    if (service === 'organizations') return new Fault(400, 'AccessDeniedException', "You don't have permissions to access this resource.");
    if (service === 'sts' && action === 'AssumeRole')
      return new Fault(
        403,
        'AccessDenied',
        `User: ${who.arn} is not authorized to perform: sts:AssumeRole on resource: ${ctx.params.RoleArn}`,
      );
    if (service === 'sts') return new Fault(403, 'AccessDenied', `User: ${who.arn} is not authorized to perform: sts:${action}`);
    if (who.member)
      return new Fault(403, 'AccessDenied', `User: ${who.arn} is not authorized to perform: ${service}:${action} in ${region}`);
    return new Fault(
      403,
      'AccessDenied',
      `User: ${this.arn()}:sts::${this.hub()}:assumed-role/ci/rds-ca-guard is not authorized to perform: rds:${action} in ${region}`,
    );
  }

  token(req, res) {
    this.tokenRequests++;
    if (req.headers.authorization !== 'Bearer runtime-token') {
      res.writeHead(401);
      return res.end('{"message":"bad runtime token"}');
    }
    const audience = new URL(req.url, this.url).searchParams.get('audience');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ value: oidcToken({ ...this.claims, aud: audience, jti: randomUUID() }) }));
  }

  /** The seeded region of an account (the hub's seed, or a member's), or InvalidClientTokenId as a disabled region answers. */
  region(region, data = this.seed) {
    const r = data?.regions?.[region];
    if (!r)
      throw new Fault(
        400,
        'InvalidClientTokenId',
        `The security token included in the request is invalid (region ${region} is not enabled)`,
      );
    return r;
  }

  dispatch(ctx) {
    const { service, action, region, params, filters, who } = ctx;
    if (service === 'organizations') return this.organizations(action, params);
    if (service === 'sts') return this.sts(action, params, who);
    if (service === 'ec2') {
      if (action !== 'DescribeRegions') throw new Fault(400, 'InvalidAction', action);
      const data = who.data ?? { regions: {} };
      const all =
        data.enabledRegions ?? Object.keys(data.regions ?? {}).map((regionName) => ({ regionName, optInStatus: 'opt-in-not-required' }));
      const shown = params.AllRegions === 'true' ? all : all.filter((r) => r.optInStatus !== 'not-opted-in');
      return {
        regionInfo: shown.map((r) => ({
          regionName: r.regionName,
          regionEndpoint: `ec2.${r.regionName}.${partitionOfRegion(r.regionName).dnsSuffix}`,
          optInStatus: r.optInStatus,
        })),
      };
    }
    const r = this.region(region, who.data);
    const size = this.options.pageSize;
    switch (action) {
      case 'DescribeDBInstances': {
        const engines = filters.find((f) => f.name === 'engine')?.values;
        if (params.DBInstanceIdentifier) {
          const one = (r.instances ?? []).find((i) => i.DBInstanceIdentifier === params.DBInstanceIdentifier);
          if (!one) throw new Fault(404, 'DBInstanceNotFound', `DBInstance ${params.DBInstanceIdentifier} not found.`);
          this.progress(one, 'DBInstanceStatus');
          return { DBInstances: [one] };
        }
        const { slice, marker } = page(
          (r.instances ?? []).filter((i) => !engines || engines.includes(i.Engine)),
          params,
          size,
        );
        return { DBInstances: slice, Marker: marker };
      }
      case 'DescribeDBClusters': {
        if (params.DBClusterIdentifier) {
          const one = (r.clusters ?? []).find((c) => c.DBClusterIdentifier === params.DBClusterIdentifier);
          if (!one) throw new Fault(404, 'DBClusterNotFoundFault', `DBCluster ${params.DBClusterIdentifier} not found.`);
          this.progress(one, 'Status');
          return { DBClusters: [one] };
        }
        const { slice, marker } = page(r.clusters ?? [], params, size);
        return { DBClusters: slice, Marker: marker };
      }
      case 'DescribeCertificates': {
        const certs = r.certificates ?? [];
        if (params.CertificateIdentifier) {
          const one = certs.filter((c) => c.CertificateIdentifier === params.CertificateIdentifier);
          if (!one.length) throw new Fault(404, 'CertificateNotFound', `CertificateIdentifier ${params.CertificateIdentifier} not found`);
          return { Certificates: one, DefaultCertificateForNewLaunches: r.defaultCa };
        }
        const { slice, marker } = page(certs, params, size);
        return { Certificates: slice, DefaultCertificateForNewLaunches: r.defaultCa, Marker: marker };
      }
      case 'DescribePendingMaintenanceActions': {
        const { slice, marker } = page(r.pending ?? [], params, size);
        return { PendingMaintenanceActions: slice, Marker: marker };
      }
      case 'DescribeDBEngineVersions': {
        const all = (r.engineVersions ?? []).filter(
          (v) => (!params.Engine || v.Engine === params.Engine) && (!params.EngineVersion || v.EngineVersion === params.EngineVersion),
        );
        const { slice, marker } = page(all, params, size);
        return { DBEngineVersions: slice, Marker: marker };
      }
      // RDS Proxy (seed: `proxies` of DBProxy, `proxyEndpoints` of DBProxyEndpoint), paginated like the others.
      case 'DescribeDBProxies': {
        const { slice, marker } = page(
          (r.proxies ?? []).filter((p) => !params.DBProxyName || p.DBProxyName === params.DBProxyName),
          params,
          size,
        );
        return { DBProxies: slice, Marker: marker };
      }
      case 'DescribeDBProxyEndpoints': {
        const { slice, marker } = page(
          (r.proxyEndpoints ?? []).filter((e) => !params.DBProxyName || e.DBProxyName === params.DBProxyName),
          params,
          size,
        );
        return { DBProxyEndpoints: slice, Marker: marker };
      }
      case 'ModifyDBInstance':
        return { DBInstance: this.modify(r.instances ?? [], 'DBInstanceIdentifier', params) };
      case 'ModifyDBCluster':
        return { DBCluster: this.modify(r.clusters ?? [], 'DBClusterIdentifier', params) };
      default:
        throw new Fault(400, 'InvalidAction', `Could not find operation ${action}`);
    }
  }

  /** A modification applied immediately shows as "modifying" for `settlePolls` describes, then takes effect. */
  modify(list, key, params) {
    this.modifications.push({ ...params });
    const db = list.find((d) => d[key] === params[key]);
    if (!db)
      throw new Fault(404, key === 'DBInstanceIdentifier' ? 'DBInstanceNotFound' : 'DBClusterNotFoundFault', `${params[key]} not found`);
    if (this.options.failModify.has(params[key]))
      throw new Fault(400, 'InvalidDBInstanceState', `Database ${params[key]} is not in available state.`);
    if (params.CACertificateIdentifier) {
      const pending =
        key === 'DBInstanceIdentifier'
          ? { CACertificateIdentifier: params.CACertificateIdentifier }
          : { CertificateDetails: { CAIdentifier: params.CACertificateIdentifier } };
      db.PendingModifiedValues = { ...(db.PendingModifiedValues ?? {}), ...pending };
      if (params.ApplyImmediately === 'true') {
        db[key === 'DBInstanceIdentifier' ? 'DBInstanceStatus' : 'Status'] = 'modifying';
        db._settleIn = this.options.settlePolls;
      }
    }
    return db;
  }

  progress(db, statusKey) {
    if (db._settleIn === undefined) return;
    if (db._settleIn-- > 0) return;
    delete db._settleIn;
    const ca = db.PendingModifiedValues?.CACertificateIdentifier ?? db.PendingModifiedValues?.CertificateDetails?.CAIdentifier;
    if (db.DBInstanceIdentifier) db.CACertificateIdentifier = ca;
    if (db.CertificateDetails) db.CertificateDetails.CAIdentifier = ca;
    db.PendingModifiedValues = {};
    db[statusKey] = 'available';
  }

  sts(action, params, who) {
    const inOther = /^arn:([\w-]+):/.exec(String(params.RoleArn ?? ''))?.[1];
    if (inOther && inOther !== this.options.partition)
      throw new Fault(400, 'ValidationError', `${params.RoleArn} is not a role of this partition (${this.options.partition})`);
    if (action === 'AssumeRoleWithWebIdentity') {
      this.tokensSeen.push(params.WebIdentityToken);
      if (this.options.assumeRoleFailures > 0) {
        this.options.assumeRoleFailures--;
        throw new Fault(400, 'IDPCommunicationError', 'The identity provider could not be reached');
      }
      const payload = JSON.parse(Buffer.from(String(params.WebIdentityToken).split('.')[1] ?? '', 'base64url').toString() || '{}');
      const trusted = this.seed.trustedSubjects ?? /^repo:acme\/infra:/;
      if (!trusted.test(payload.sub ?? '')) throw new Fault(403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
      const account = roleOf(params.RoleArn)?.account ?? this.hub();
      const arn = `${this.arn()}:sts::${account}:assumed-role/${params.RoleArn.split('/').pop()}/${params.RoleSessionName}`;
      const { key, credentials } = this.issue(params, { account, arn });
      return {
        Credentials: credentials,
        SubjectFromWebIdentityToken: payload.sub,
        AssumedRoleUser: { Arn: this.issuedKeys.get(key).arn, AssumedRoleId: `AROA:${params.RoleSessionName}` },
        Audience: payload.aud,
      };
    }
    if (action === 'AssumeRole') {
      const role = roleOf(params.RoleArn);
      if (!role) throw new Fault(400, 'ValidationError', `${params.RoleArn} is not a valid role ARN`);
      if (!params.RoleSessionName) throw new Fault(400, 'ValidationError', 'RoleSessionName is required');
      const member = this.seed.accounts?.[role.account];
      if (
        !member ||
        (member.roleName !== undefined && member.roleName !== role.roleName) ||
        (member.externalId !== undefined && member.externalId !== params.ExternalId) ||
        this.options.denyAssume.has(role.account)
      )
        throw new Fault(
          403,
          'AccessDenied',
          `User: ${who.arn} is not authorized to perform: sts:AssumeRole on resource: ${params.RoleArn}`,
        );
      const userId = `AROA${role.account}:${params.RoleSessionName}`;
      const arn = `${this.arn()}:sts::${role.account}:assumed-role/${role.roleName}/${params.RoleSessionName}`;
      const { credentials } = this.issue(params, { account: role.account, arn, userId, member: true });
      return { Credentials: credentials, AssumedRoleUser: { Arn: arn, AssumedRoleId: userId } };
    }
    if (action === 'GetCallerIdentity') {
      return { Arn: who.arn, UserId: who.userId, Account: who.identityAccount ?? who.account };
    }
    throw new Fault(400, 'InvalidAction', action);
  }

  /** New temporary keys, recorded as issued to `identity`. */
  issue(params, identity) {
    const key = `ASIA${randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}`;
    this.issuedKeys.set(key, identity);
    return {
      key,
      credentials: {
        AccessKeyId: key,
        SecretAccessKey: `secret-${randomUUID()}`,
        SessionToken: `token-${randomUUID()}`,
        Expiration: new Date(Date.now() + Number(params.DurationSeconds ?? 3600) * 1000),
      },
    };
  }

  /** AWS Organizations, from `seed.organization`: the accounts, and each root's or OU's accounts and child OUs. */
  organizations(action, params) {
    const org = this.seed.organization;
    if (!org) throw new Fault(400, 'AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.');
    const base = `${this.arn()}:organizations::${this.hub()}`;
    const byId = new Map((org.accounts ?? []).map((a) => [a.Id, a]));
    const account = (id) => {
      const a = byId.get(id) ?? { Id: id, Name: id };
      return {
        Id: a.Id,
        Arn: `${base}:account/o-fake/${a.Id}`,
        Email: a.Email ?? `aws+${a.Id}@example.com`,
        Name: a.Name,
        Status: a.Status ?? 'ACTIVE',
        ...(a.State ? { State: a.State } : {}),
        JoinedMethod: a.JoinedMethod ?? 'CREATED',
        JoinedTimestamp: a.JoinedTimestamp ?? new Date('2020-01-01T00:00:00Z'),
      };
    };
    const parent = () => {
      const p = org.parents?.[params.ParentId];
      if (!p) throw new Fault(400, 'ParentNotFoundException', "We can't find a root or OU with the ParentId that you specified.");
      return p;
    };
    const size = this.options.pageSize;
    switch (action) {
      case 'ListAccounts': {
        const { slice, next } = jsonPage([...byId.keys()].map(account), params, size);
        return { Accounts: slice, NextToken: next };
      }
      case 'ListAccountsForParent': {
        const { slice, next } = jsonPage((parent().accounts ?? []).map(account), params, size);
        return { Accounts: slice, NextToken: next };
      }
      case 'ListOrganizationalUnitsForParent': {
        const ous = (parent().children ?? []).map((id) => ({
          Id: id,
          Arn: `${base}:ou/o-fake/${id}`,
          Name: org.parents?.[id]?.name ?? id,
        }));
        const { slice, next } = jsonPage(ous, params, size);
        return { OrganizationalUnits: slice, NextToken: next };
      }
      default:
        throw new Fault(400, 'UnknownOperationException', `Unknown operation ${action}`);
    }
  }
}

function mulberry32(seed) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
