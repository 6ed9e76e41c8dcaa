import { createServer, request, type Server } from 'node:http';
import { FakeAws } from '../support/fake-aws.mjs';
import { syntheticFleet } from '../support/fleet.mjs';
import { liveCheck, thumbprint } from '../helpers/live.js';
import { workspace } from '../helpers/workspace.js';

/** A forwarding HTTP proxy on loopback that counts what passes through it. */
async function startProxy(): Promise<{ server: Server; url: string; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '');
    const target = new URL(req.url ?? '/');
    const upstream = request(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address() as { port: number };
  return { server, url: `http://127.0.0.1:${address.port}`, seen };
}

describe('proxies', () => {
  it('sends every AWS call through HTTP_PROXY when NO_PROXY does not exempt the endpoint', async () => {
    const fake = await new FakeAws(syntheticFleet(['us-east-1'], 3, { thumbprint })).start();
    const proxy = await startProxy();
    try {
      const outcome = await liveCheck(
        fake,
        workspace({}, { git: true }),
        { regions: 'us-east-1' },
        { HTTP_PROXY: proxy.url, NO_PROXY: '', no_proxy: '' },
      );
      expect(outcome.facts.aws?.inspected[0].databases).toHaveLength(3);
      expect(proxy.seen.length).toBe(fake.calls.length);
      expect(proxy.seen.every((u) => u.startsWith(fake.url))).toBe(true);

      proxy.seen.length = 0;
      await liveCheck(fake, workspace({}, { git: true }), { regions: 'us-east-1' }, { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' });
      expect(proxy.seen).toEqual([]);
    } finally {
      proxy.server.closeAllConnections();
      proxy.server.close();
      await fake.stop();
    }
  });
});
