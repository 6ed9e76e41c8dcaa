/**
 * An answer must be an answer. The SDK reads an HTTP 200 with an empty body, an HTML proxy
 * page or an XML document without the operation's result element as an empty result (no
 * databases, no regions, no account). This middleware sits between the SDK's deserializer
 * and the HTTP handler, on every attempt: it reads the whole body within the request bound
 * (the handler's requestTimeout stops counting once the headers arrive, so a body sent a
 * byte a second would otherwise never end), and refuses a 2xx answer that is not the
 * operation's XML response.
 */
import type { Readable } from 'node:stream';
import { firstBytes } from '../base/first-bytes.js';

/** What came back instead of an AWS answer: enough for a person to recognise it, nothing more. */
export class NotAnAwsAnswer extends Error {
  override name = 'NotAnAwsAnswer';
  constructor(
    /** e.g. "an empty body", "an HTML page", "XML without DescribeDBInstancesResult". */
    readonly what: string,
    readonly status: number,
    readonly contentType: string,
    /** The first bytes, printable ASCII only. */
    readonly firstBytes: string,
  ) {
    super(`HTTP ${status} with ${what}`);
  }
}

/** The element an answer to `action` must start with, and the result element it must hold (none for EC2's protocol). */
function expectedElements(clientName: string, action: string): { root: string; result?: string } {
  return clientName.startsWith('EC2') ? { root: `${action}Response` } : { root: `${action}Response`, result: `${action}Result` };
}

function rootElement(xml: string): string | undefined {
  const body = xml
    .replace(/^\uFEFF/, '')
    .replace(/<\?xml[^>]*\?>/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trimStart();
  return /^<(?:[\w.-]+:)?([\w.-]+)[\s/>]/.exec(body)?.[1];
}

/** Services answering JSON (AWS JSON 1.1) rather than XML: their answer is one JSON object. */
const JSON_CLIENTS = /^Organizations/;

function notJsonObject(body: string): string | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return value && typeof value === 'object' && !Array.isArray(value) ? undefined : 'JSON that is not an object';
  } catch {
    return 'a body that is not JSON';
  }
}

/** Why `body` is not the answer to `action`, or undefined when it is. */
export function whyNotAnAnswer(body: string, contentType: string, clientName: string, action: string): string | undefined {
  if (!body.trim()) return 'an empty body';
  const root = rootElement(body);
  if (/html/i.test(contentType) || /^html$/i.test(root ?? '') || /^\s*<!doctype html/i.test(body)) return 'an HTML page';
  if (JSON_CLIENTS.test(clientName)) return notJsonObject(body);
  if (!root) return `a body that is not XML${contentType ? '' : ' (no content type)'}`;
  const expected = expectedElements(clientName, action);
  if (root !== expected.root) return `XML whose root element is ${root}, not ${expected.root}`;
  if (expected.result && !new RegExp(`<(?:[\\w.-]+:)?${expected.result}[\\s/>]`).test(body)) return `XML without ${expected.result}`;
  return undefined;
}

/** The whole body, or a TimeoutError (which the SDK's retry strategy retries) once `ms` pass. */
export function readBody(stream: Readable, ms: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      const error = Object.assign(new Error(`the answer did not arrive in full within ${ms / 1000} s`), { name: 'TimeoutError' });
      stream.destroy();
      reject(error);
    }, ms);
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    stream.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

interface RawResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: unknown;
}

const isStream = (body: unknown): body is Readable => typeof (body as Readable | undefined)?.on === 'function';

type Next = (args: unknown) => Promise<{ response: unknown; output?: unknown }>;

/**
 * The middleware, for `client.middlewareStack.add(…, { step: 'deserialize', priority: 'low' })`:
 * below the SDK's deserializer, so it sees each attempt's raw answer. The body it read
 * replaces the stream, so the deserializer (and an error's `$response`) gets the same bytes.
 */
export function awsAnswerMiddleware(bodyTimeoutMs: number) {
  return (next: Next, context: { clientName?: string; commandName?: string }) => async (args: unknown) => {
    const result = await next(args);
    const response = result.response as RawResponse;
    if (isStream(response?.body)) response.body = await readBody(response.body, bodyTimeoutMs);
    if (response && response.statusCode >= 200 && response.statusCode < 300 && response.body instanceof Uint8Array) {
      const contentType = response.headers?.['content-type'] ?? '';
      const action = (context.commandName ?? '').replace(/Command$/, '');
      const why = whyNotAnAnswer(Buffer.from(response.body).toString('utf8'), contentType, context.clientName ?? '', action);
      if (why) throw new NotAnAwsAnswer(why, response.statusCode, contentType, firstBytes(response.body));
    }
    return result;
  };
}
