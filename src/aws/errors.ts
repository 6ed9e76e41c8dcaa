/** AWS failures in words a person can act on: which call, what AWS said, or why nothing answered. */

export class AwsAccessError extends Error {
  override name = 'AwsAccessError';
}

export function describeAwsError(error: unknown): string {
  const e = error as { name?: string; message?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  const code = e.code ?? e.name;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `no route to the endpoint (${code}: ${e.message})`;
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EHOSTUNREACH') return `the endpoint did not answer (${code})`;
  if (code === 'TimeoutError' || code === 'RequestTimeout' || /timed? ?out/i.test(e.message ?? '')) return `timed out (${e.message})`;
  const status = e.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : '';
  return `${code ?? 'Error'}${status}: ${e.message ?? String(error)}`;
}

export function errorName(error: unknown): string {
  return (error as { name?: string }).name ?? '';
}
