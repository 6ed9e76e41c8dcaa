/** The plan a person acts on, as data: what to change first, then which databases to rotate, then the code. */
import type { Config } from '../config.js';
import type { Finding } from '../model/finding.js';
import type { RemediationRow } from './remediation-rows.js';

/** A trust file or client setting to change: every problem there, and the one fix. */
export interface TrustStep {
  file: string;
  /** The finding at that file, worst first (the rules' order). */
  problems: Finding[];
  worst: 'error' | 'warning';
  /** One fix for the file (the lead problem's remediation). */
  fix: string;
  /** Fixes the lead one does not cover (another kind of problem in the same file), without repeats. */
  alsoFix: string[];
}

/** Infrastructure code to change: one file and line, every problem there, the value to write. */
export interface IacStep {
  file: string;
  line?: number;
  problems: Finding[];
  /** One fix: the value to write (the lead problem's remediation). */
  fix: string;
}

/** The dates that mean something for one database. */
export interface DatabaseDates {
  /** The CA it uses has expired: since when (undefined when AWS no longer describes it and the catalog has no date). */
  overdue?: { since?: string };
  /** The CA's expiry, when still ahead. */
  caExpiry?: string;
  /** AWS's pending ca-certificate-rotation: ForcedApplyDate, else AutoAppliedAfterDate; and whether it restarts the database. */
  awsRotates?: { date: string; forced: boolean; restart: boolean };
}

export interface PlannedDatabase {
  row: RemediationRow;
  dates: DatabaseDates;
  /** Where its environment comes from: the environments file, the environment tag, or neither. */
  environmentFrom: 'file' | 'tag' | 'none';
  /** Its tag names an environment the file defines, but the file's selection leaves it out (the call for it would not reach it). */
  taggedOutside?: string;
}

export type EnvironmentKind = 'dev' | 'staging' | 'other' | 'prod' | 'untagged';

/** One `mode: rotate` run: the workflow step's `with:` inputs. */
export type RotateCall = Record<string, string>;

export interface EnvironmentGroup {
  /** The environment's name (the file's key, else the tag's spelling); undefined: no environment. */
  name?: string;
  kind: EnvironmentKind;
  databases: PlannedDatabase[];
  counts: { databases: number; restart: number; blocked: number; accounts: number };
  /** The accounts its databases live in (several in a multi-account run). */
  accounts: string[];
  /** The call that rotates the group; undefined for databases without an environment (tag them, or add an environments-file entry). */
  call?: RotateCall;
  /** Clients first: trust material is still to change before this group rotates. */
  blockedByTrust: boolean;
}

export type EventKind = 'forced rotation' | 'CA expiry';

/** A dated event for one database: when AWS acts, or when its CA expires (or expired). */
export interface DatedEvent {
  date: string;
  kind: EventKind | 'CA expired';
  database: string;
  account: string;
  /** The CA the database uses (the one that expires, for a CA expiry). */
  ca?: string;
  /** The database's environment; undefined: none. */
  environment?: string;
}

/** The events of one day and kind, counted: for a CA expiry, of one CA; with the environments of their databases, in rotation order. */
export interface EventsOfADay {
  date: string;
  kind: EventKind;
  databases: number;
  /** The CA that expires (CA expiries only). */
  ca?: string;
  /** The databases' environments, in rotation order; undefined stands for databases without one. */
  environments: Array<string | undefined>;
}

/** The picture: per environment, the fleet by CA; the events ahead by day and kind. */
export interface PlanPicture {
  environments: Array<{ name?: string; kind: EnvironmentKind; approved: number; moving: number; toRotate: number; unknownCa: number }>;
  /** At most 20 items, by date then kind; beyond, the last item sums the rest (`more`: how many items it folds). */
  events: Array<EventsOfADay | { more: number; databases: number }>;
}

export interface ActionPlan {
  /** 1. Clients first: trust files and client settings, one step per file. */
  trust: TrustStep[];
  /** 2. Databases to rotate, by environment: dev, staging, others, prod, then those without an environment. */
  rotate: EnvironmentGroup[];
  /** 3. Infrastructure code, one step per file and line. */
  iac: IacStep[];
  /** The nearest event ahead, and the most overdue one (either may head the summary). */
  nearest?: DatedEvent;
  mostOverdue?: DatedEvent;
  picture: PlanPicture;
  /** Findings not placed in a step, in the findings' order. */
  rest: Finding[];
}

export interface PlanOptions {
  /** The tag naming a database's environment (config.environmentTag). */
  environmentTag: string;
  /** The environments file's entries by name, in the file's order (config.environments). */
  environments?: Config['environments'];
}
