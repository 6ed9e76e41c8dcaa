/** Where clients get their trust besides committed bundles: downloads, CA settings, connection modes, library profiles. */
import type { ProxyHost, RootWrite } from './proxies.js';

export type ProfileLibrary = 'mysql' | 'mysql2';

export interface ProfileUse {
  file: string;
  line: number;
  /** The library the file imports, when it says. */
  library?: ProfileLibrary;
}

export interface CaReference {
  file: string;
  line: number;
  /** The setting as written (`sslrootcert`, `PGSSLROOTCERT`, …). */
  setting: string;
  /** The path it names, as written. */
  value: string;
  /** The value is filled in at run time (a variable, an environment lookup): it cannot be followed here. */
  unresolved: boolean;
  /** In a YAML file, the line of the mapping block holding it (see scan/yaml-blocks). */
  block?: number;
}

export interface ConnectionMode {
  file: string;
  line: number;
  /** As written: `sslmode=require`, `rejectUnauthorized: false`, … */
  setting: string;
  verifies: boolean;
  encrypts: boolean;
  /** In a YAML file, the line of the mapping block holding it (see scan/yaml-blocks). */
  block?: number;
}

export interface Download {
  file: string;
  line: number;
  url: string;
  /** Where the download is written, as the command says (or the URL's file name). */
  savedAs?: string;
}

export type Resolution =
  | { kind: 'file'; path: string }
  | { kind: 'download'; file: string; line: number; url: string }
  | { kind: 'outside' }
  | { kind: 'unresolved' };

export interface ResolvedReference extends CaReference {
  resolvesTo: Resolution;
}

export interface ClientFacts {
  downloads: Download[];
  references: ResolvedReference[];
  connections: ConnectionMode[];
  profiles: ProfileUse[];
  /** Settings that name an RDS Proxy endpoint's host. */
  proxyHosts?: ProxyHost[];
  /** Settings that name a database's own endpoint (an instance's or cluster's), not a proxy's. */
  databaseHosts?: ProxyHost[];
  /** Build steps that write an Amazon Trust Services root into a file. */
  rootWrites?: RootWrite[];
}
