// A fake AWS endpoint on 127.0.0.1 for tests and benchmarks: the RDS and STS Query protocols and EC2
// DescribeRegions, answering XML shaped as the service models define, from a seeded fleet. Switches:
// page size, latency (fixed, plus random per-call jitter), throttling rate, 5xx rate, AccessDenied per region or
// per action, and per region and action a fault (`failActions`): AccessDenied, Throttling, ServerError,
// BrokenServerError (a 500 whose XML is malformed), Silent (takes the request, never answers), Trickle (headers,
// then the answer a byte every `trickleMs`), Empty (200, no body), Html (200, a proxy's login page), WrongXml (200,
// the operation's response element without its result). It also serves a GitHub Actions OIDC token endpoint.
// Every call is recorded as { service, action, region }.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

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
   * @param {object} seed { regions: { [region]: { instances, clusters, certificates, defaultCa, pending, engineVersions } },
   *   enabledRegions?: [{ regionName, optInStatus }], account?: string, trustedSubjects?: RegExp }
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
    };
    /** Every Modify* call's parameters, in order. */
    this.modifications = [];
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

  handle(req, res) {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      if (req.url.startsWith('/oidc/token')) return this.token(req, res);
      const { params, filters } = parseForm(Buffer.concat(chunks).toString('utf8'));
      const service = VERSION_SERVICE[params.Version] ?? 'rds';
      const scope = /Credential=[^/]+\/\d+\/([^/]+)\/([^/]+)\//.exec(req.headers.authorization ?? '');
      const region = scope?.[1] ?? 'us-east-1';
      const action = params.Action;
      this.calls.push({ service, action, region });
      const delay = this.options.latencyMs + (this.options.latencyJitterMs ? Math.random() * this.options.latencyJitterMs : 0);
      if (delay) await new Promise((r) => setTimeout(r, delay));
      if (this.answerBadly(service, action, region, params, filters, req, res)) return;
      try {
        if (service !== 'sts') this.injectFaults(region, action);
        const result = this.dispatch(service, action, region, params, filters, req);
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(answer(service, action, result));
      } catch (error) {
        if (!(error instanceof Fault)) throw error;
        res.writeHead(error.status, { 'content-type': 'text/xml' });
        res.end(fault(service, error.code, error.message));
      }
    });
  }

  /** Answers with the fault set for this region and action, if any; true when it did (or never will). */
  answerBadly(service, action, region, params, filters, req, res) {
    const mode = this.options.failActions[region]?.[action] ?? this.options.failActions['*']?.[action];
    if (!mode || mode === 'AccessDenied') return false;
    const xml = (status, body) => {
      res.writeHead(status, { 'content-type': 'text/xml' });
      res.end(body);
    };
    switch (mode) {
      case 'Silent':
        return true;
      case 'Trickle': {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.flushHeaders();
        const body = Buffer.from(answer(service, action, this.dispatch(service, action, region, params, filters, req)));
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
        xml(200, '');
        return true;
      case 'Html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          '<!DOCTYPE html>\n<html><head><title>Sign in to continue</title></head><body><form action="/login">Proxy login</form></body></html>',
        );
        return true;
      case 'WrongXml':
        xml(
          200,
          `<${action}Response xmlns="${NAMESPACE[service]}"><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${action}Response>`,
        );
        return true;
      case 'Throttling':
        xml(400, fault(service, 'Throttling', 'Rate exceeded'));
        return true;
      case 'ServerError':
        xml(500, fault(service, 'InternalFailure', 'We encountered an internal error. Please try again.'));
        return true;
      case 'BrokenServerError':
        xml(500, '<ErrorResponse><Error><Code>InternalFailure</Code></Message></Error></ErrorResponse>');
        return true;
      default:
        throw new Error(`fake AWS: unknown fault ${mode}`);
    }
  }

  injectFaults(region, action) {
    const o = this.options;
    if (
      o.accessDenied.has(region) ||
      o.failActions[region]?.[action] === 'AccessDenied' ||
      o.failActions['*']?.[action] === 'AccessDenied'
    ) {
      throw new Fault(
        403,
        'AccessDenied',
        `User: arn:aws:sts::${this.seed.account ?? '123456789012'}:assumed-role/ci/rds-ca-guard is not authorized to perform: rds:${action} in ${region}`,
      );
    }
    if (o.throttleRate && this.random() < o.throttleRate) throw new Fault(400, 'Throttling', 'Rate exceeded');
    if (o.serverErrorRate && this.random() < o.serverErrorRate)
      throw new Fault(500, 'InternalFailure', 'We encountered an internal error. Please try again.');
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

  region(region) {
    const r = this.seed.regions[region];
    if (!r)
      throw new Fault(
        400,
        'InvalidClientTokenId',
        `The security token included in the request is invalid (region ${region} is not enabled)`,
      );
    return r;
  }

  dispatch(service, action, region, params, filters, req) {
    if (service === 'sts') return this.sts(action, params, req);
    if (service === 'ec2') {
      if (action !== 'DescribeRegions') throw new Fault(400, 'InvalidAction', action);
      const all =
        this.seed.enabledRegions ??
        Object.keys(this.seed.regions).map((regionName) => ({ regionName, optInStatus: 'opt-in-not-required' }));
      const shown = params.AllRegions === 'true' ? all : all.filter((r) => r.optInStatus !== 'not-opted-in');
      return {
        regionInfo: shown.map((r) => ({
          regionName: r.regionName,
          regionEndpoint: `ec2.${r.regionName}.amazonaws.com`,
          optInStatus: r.optInStatus,
        })),
      };
    }
    const r = this.region(region);
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

  sts(action, params, req) {
    if (action === 'AssumeRoleWithWebIdentity') {
      this.tokensSeen.push(params.WebIdentityToken);
      if (this.options.assumeRoleFailures > 0) {
        this.options.assumeRoleFailures--;
        throw new Fault(400, 'IDPCommunicationError', 'The identity provider could not be reached');
      }
      const payload = JSON.parse(Buffer.from(String(params.WebIdentityToken).split('.')[1] ?? '', 'base64url').toString() || '{}');
      const trusted = this.seed.trustedSubjects ?? /^repo:acme\/infra:/;
      if (!trusted.test(payload.sub ?? '')) throw new Fault(403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
      const key = `ASIA${randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}`;
      const account = /arn:aws:iam::(\d+):role/.exec(params.RoleArn)?.[1] ?? this.seed.account ?? '123456789012';
      this.issuedKeys.set(key, {
        account,
        arn: `arn:aws:sts::${account}:assumed-role/${params.RoleArn.split('/').pop()}/${params.RoleSessionName}`,
      });
      return {
        Credentials: {
          AccessKeyId: key,
          SecretAccessKey: `secret-${randomUUID()}`,
          SessionToken: `token-${randomUUID()}`,
          Expiration: new Date(Date.now() + Number(params.DurationSeconds ?? 3600) * 1000),
        },
        SubjectFromWebIdentityToken: payload.sub,
        AssumedRoleUser: { Arn: this.issuedKeys.get(key).arn, AssumedRoleId: `AROA:${params.RoleSessionName}` },
        Audience: payload.aud,
      };
    }
    if (action === 'GetCallerIdentity') {
      const key = /Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1];
      const issued = this.issuedKeys.get(key);
      const account = issued?.account ?? this.seed.account ?? '123456789012';
      return { Arn: issued?.arn ?? `arn:aws:iam::${account}:user/ci`, UserId: 'AIDAFAKE', Account: account };
    }
    throw new Fault(400, 'InvalidAction', action);
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
