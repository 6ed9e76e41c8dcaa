/** How many bytes of an answer that is not what was asked for are shown. */
const SHOWN_BYTES = 80;

/** The first bytes of a body as printable ASCII on one line (anything else becomes "?"): enough for a person to recognise it. */
export function firstBytes(body: Uint8Array | string): string {
  const text = typeof body === 'string' ? body.slice(0, SHOWN_BYTES) : Buffer.from(body.subarray(0, SHOWN_BYTES)).toString('latin1');
  return text
    .replace(/\s+/g, ' ')
    .replace(/[^\x20-\x7e]/g, '?')
    .trim();
}
