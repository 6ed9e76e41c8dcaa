/**
 * RDS proxies in AWS CDK code: `new DatabaseProxy(scope, id, props)` (and `CfnDBProxy`,
 * `CfnDBProxyEndpoint`), and `instance.addProxy(id, props)` / `cluster.addProxy(id, props)`. Each
 * is a proxy its clients reach with an ACM certificate (Amazon Trust Services roots).
 */
import { sameProperty } from '../cdk.js';
import type { DeclaredProxy } from '../../../model/proxies.js';
import { lineOf } from '../syntax.js';
import type { CodeFile } from './file.js';
import type { Call } from './model.js';

const CONSTRUCTS: Record<string, { kind: DeclaredProxy['kind']; name: string; tls: string }> = {
  DatabaseProxy: { kind: 'proxy', name: 'dbProxyName', tls: 'requireTLS' },
  CfnDBProxy: { kind: 'proxy', name: 'dbProxyName', tls: 'requireTls' },
  CfnDBProxyEndpoint: { kind: 'endpoint', name: 'dbProxyEndpointName', tls: '' },
};

/** `true`, `True`, `jsii.Bool(false)`: a literal boolean, or undefined. */
function literalBoolean(text: string): boolean | undefined {
  const m = /^(?:jsii\.Bool\()?(true|false)\)?$/i.exec(text.trim());
  return m ? m[1].toLowerCase() === 'true' : undefined;
}

function spec(call: Call): { kind: DeclaredProxy['kind']; name: string; tls: string; idIndex: number; propsIndex: number } | undefined {
  const last = call.path.at(-1) ?? '';
  if (!call.isNew && last === 'addProxy') return { ...CONSTRUCTS.DatabaseProxy, idIndex: 0, propsIndex: 1 };
  const construct = call.isNew && Object.hasOwn(CONSTRUCTS, last) ? CONSTRUCTS[last] : undefined;
  return construct && { ...construct, idIndex: 1, propsIndex: 2 };
}

export function cdkProxies(code: CodeFile): DeclaredProxy[] {
  const syntax = code.lang.syntax;
  return code.calls.flatMap((call): DeclaredProxy[] => {
    const found = spec(call);
    if (!found || code.inTest(call.node)) return [];
    const idNode = call.args[found.idIndex] ?? call.keywords?.get('id');
    const id = idNode && code.values.stringOf(idNode);
    const props = code.lang.props(call, found.propsIndex, code.constants);
    const value = (camel: string): string | undefined => {
      const entry = camel ? [...props.entries].reverse().find((e) => sameProperty(e.name, camel)) : undefined;
      return entry?.value.text;
    };
    const nameEntry = [...props.entries].reverse().find((e) => sameProperty(e.name, found.name));
    const name = nameEntry && code.values.stringOf(nameEntry.value)?.value;
    const tlsText = value(found.tls);
    const tls = tlsText === undefined ? undefined : literalBoolean(tlsText);
    return [
      {
        file: code.file,
        line: lineOf(call.start),
        tool: 'cdk',
        syntax,
        resource: id ? `${call.callee} ${id.written}` : call.callee,
        kind: found.kind,
        ...(name !== undefined ? { name } : {}),
        // CDK's DatabaseProxy requires TLS unless told otherwise.
        ...(tls !== undefined ? { requireTls: tls } : found.tls === 'requireTLS' ? { requireTls: true } : {}),
      },
    ];
  });
}
