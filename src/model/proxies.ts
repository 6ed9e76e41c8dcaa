/**
 * RDS Proxy: where clients reach a proxy, which serves an ACM certificate chaining to the Amazon
 * Trust Services roots, not to an RDS CA. Three sources say so: a proxy the infrastructure code
 * declares, a proxy (or proxy endpoint) live in AWS, and a client setting naming a proxy host.
 */
export type { DeclaredProxy } from './iac.js';

/** A proxy endpoint live in AWS: the proxy's default endpoint, or one of its additional endpoints. */
export interface LiveProxyEndpoint {
  account: string;
  region: string;
  proxy: string;
  /** The endpoint's name; the proxy's own name for its default endpoint. */
  name: string;
  host?: string;
  engineFamily?: string;
  requireTls?: boolean;
  /** `READ_WRITE` or `READ_ONLY` for additional endpoints. */
  role?: string;
  arn?: string;
}

/** A client setting (connection string, environment, config) naming a proxy endpoint's host. */
export interface ProxyHost {
  file: string;
  line: number;
  host: string;
  region: string;
  /** In a YAML file, the line of the mapping block holding it (see scan/yaml-blocks). */
  block?: number;
}

/** `<name>.proxy-<id>.<region>.rds.amazonaws.com` (and `.com.cn`): what RDS Proxy endpoints are called. */
export const PROXY_HOST =
  /\b((?:[a-z0-9][a-z0-9-]*\.)?[a-z0-9][a-z0-9-]*)\.proxy-[a-z0-9]+\.([a-z]{2}(?:-[a-z]+)+-\d+)\.rds\.amazonaws\.com(?:\.cn)?\b/gi;

/** The region of a proxy host, or undefined when the host is not a proxy's. */
export function proxyHostRegion(host: string): string | undefined {
  PROXY_HOST.lastIndex = 0;
  const m = PROXY_HOST.exec(host);
  return m && m[0].length === host.length ? m[2].toLowerCase() : undefined;
}

/** A build step that writes an Amazon Trust Services root into a file (`curl …/AmazonRootCA1.pem >> certs/rds.pem`). */
export interface RootWrite {
  file: string;
  line: number;
  url: string;
  /** 1–4: Amazon Root CA <n>. */
  root: number;
  /** The file the root ends up in, as written. */
  into: string;
  /** The other files a `cat` concatenates with it into that file, as written. */
  alongside?: string[];
  /** The write replaces the file with the root alone (`-o F`, `> F`, `cat root.pem > F`): whatever it held is gone. */
  overwrites?: boolean;
}
