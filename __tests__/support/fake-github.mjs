// A local server that plays the parts of the GitHub REST API report mode uses: issues (listed with
// Link-header pagination, created, updated), comments and labels. Switches: a read-only token (403 on
// writes), secondary rate limits (403 + retry-after), forced page size, pull requests mixed into the list,
// and `fault` for every request: silent (never answers), trickle (headers, then a byte a second), html
// (200, a proxy's page), 5xx (502 with an HTML body), 403 (a plain JSON Forbidden).
import { createServer } from 'node:http';

export class FakeGitHub {
  constructor({ owner = 'acme', repo = 'infra' } = {}) {
    this.owner = owner;
    this.repo = repo;
    this.issues = [];
    this.comments = [];
    this.labels = new Set();
    this.requests = [];
    this.options = { readOnly: false, secondaryRateLimits: 0, pageSize: undefined, fault: undefined, trickleMs: 1000 };
  }

  set(options) {
    Object.assign(this.options, options);
    return this;
  }

  async start() {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${this.server.address().port}`;
    return this;
  }

  async stop() {
    const closed = new Promise((r) => this.server.close(r));
    this.server.closeAllConnections();
    await closed;
  }

  env() {
    return {
      GITHUB_API_URL: this.url,
      GITHUB_REPOSITORY: `${this.owner}/${this.repo}`,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '4242',
    };
  }

  writes() {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  /** Adds an issue (or a pull request) directly, as another actor would. */
  seed(item) {
    const number = this.issues.length + 1;
    const issue = {
      number,
      html_url: `https://github.example/${this.owner}/${this.repo}/issues/${number}`,
      state: 'open',
      title: '',
      body: '',
      labels: [],
      created_at: new Date(Date.UTC(2026, 0, number)).toISOString(),
      ...item,
    };
    this.issues.push(issue);
    return issue;
  }

  /** Answers with the configured fault, if any; true when it did (or never will). */
  fault(res) {
    switch (this.options.fault) {
      case undefined:
        return false;
      case 'silent':
        return true;
      case 'trickle': {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.flushHeaders();
        const body = Buffer.from('[]'.padEnd(200, ' '));
        let sent = 0;
        const timer = setInterval(() => {
          if (res.destroyed || sent >= body.length) return clearInterval(timer);
          res.write(body.subarray(sent, ++sent));
        }, this.options.trickleMs);
        res.on('close', () => clearInterval(timer));
        return true;
      }
      case 'html':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!DOCTYPE html><html><body>Corporate proxy: please sign in</body></html>');
        return true;
      case '5xx':
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
        return true;
      case '403':
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'Forbidden' }));
        return true;
      default:
        throw new Error(`fake GitHub: unknown fault ${this.options.fault}`);
    }
  }

  handle(req, res) {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const url = new URL(req.url, this.url);
      this.requests.push({ method: req.method, path: url.pathname + url.search });
      const send = (status, data, headers = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(data === undefined ? '' : JSON.stringify(data));
      };
      if (this.fault(res)) return;
      if (this.options.secondaryRateLimits > 0) {
        this.options.secondaryRateLimits--;
        return send(
          403,
          { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
          { 'retry-after': '1' },
        );
      }
      if (req.method !== 'GET' && this.options.readOnly) return send(403, { message: 'Resource not accessible by integration' });
      const input = body ? JSON.parse(body) : {};
      const base = `/repos/${this.owner}/${this.repo}`;
      const path = url.pathname;
      let m;
      if (req.method === 'GET' && path === `${base}/issues`) {
        const label = url.searchParams.get('labels');
        const state = url.searchParams.get('state') ?? 'open';
        const size = this.options.pageSize ?? Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const all = this.issues.filter((i) => (!label || i.labels.some((l) => l.name === label)) && (state === 'all' || i.state === state));
        const slice = all.slice((page - 1) * size, page * size);
        const headers =
          page * size < all.length
            ? { link: `<${this.url}${path}?labels=${label}&state=${state}&per_page=${size}&page=${page + 1}>; rel="next"` }
            : {};
        return send(200, slice, headers);
      }
      if (req.method === 'POST' && path === `${base}/issues`) {
        const issue = this.seed({
          title: input.title,
          body: input.body ?? '',
          labels: (input.labels ?? []).map((name) => ({ name })),
          assignees: (input.assignees ?? []).map((login) => ({ login })),
        });
        return send(201, issue);
      }
      if ((m = new RegExp(`^${base}/issues/(\\d+)$`).exec(path)) && req.method === 'PATCH') {
        const issue = this.issues.find((i) => i.number === Number(m[1]));
        if (!issue) return send(404, { message: 'Not Found' });
        Object.assign(issue, Object.fromEntries(Object.entries(input).filter(([k]) => ['title', 'body', 'state'].includes(k))));
        return send(200, issue);
      }
      if ((m = new RegExp(`^${base}/issues/(\\d+)/comments$`).exec(path)) && req.method === 'POST') {
        this.comments.push({ issue: Number(m[1]), body: input.body });
        return send(201, { id: this.comments.length, body: input.body });
      }
      if ((m = new RegExp(`^${base}/labels/(.+)$`).exec(path)) && req.method === 'GET') {
        const name = decodeURIComponent(m[1]);
        return this.labels.has(name) ? send(200, { name }) : send(404, { message: 'Not Found' });
      }
      if (path === `${base}/labels` && req.method === 'POST') {
        if (this.labels.has(input.name)) return send(422, { message: 'Validation Failed' });
        this.labels.add(input.name);
        return send(201, { name: input.name });
      }
      return send(404, { message: `no route ${req.method} ${path}` });
    });
  }
}
