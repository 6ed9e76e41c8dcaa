/** What the live handshakes saw: per target and bundle, verified, rejected, without TLS or unreachable. */
import type { ProbeTarget } from '../config.js';

export interface PresentedCertificate {
  subject: string;
  issuer: string;
  validTo: string;
}

export type ProbeResult =
  | { target: ProbeTarget; bundle: string; outcome: 'verified'; chain: PresentedCertificate[] }
  | { target: ProbeTarget; bundle: string; outcome: 'rejected'; reason: string; code: string; chain: PresentedCertificate[] }
  | { target: ProbeTarget; bundle: string; outcome: 'no-tls'; reason: string }
  | { target: ProbeTarget; bundle: string; outcome: 'unreachable'; reason: string };

export interface ProbeRun {
  results: ProbeResult[];
  /** Why no probe could run at all (no bundle to verify against). */
  notRun?: string;
}
