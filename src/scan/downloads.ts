/**
 * Downloads of certificate bundles in build and deploy files: Dockerfiles (`RUN curl/wget`,
 * `ADD <url>`), shell and PowerShell scripts, Makefiles, CI workflows, Ansible `get_url`/`uri`,
 * Kubernetes and Helm commands, Terraform `http` data sources and `local-exec`. Each URL that is
 * AWS's or names a certificate file, with the line and where it is saved. Pure: text in.
 */
import type { Download } from '../model/clients.js';
import { downloadOutput } from './download-output.js';

const URL = /https?:\/\/[^\s"'`<>()\\|]+/g;
const AWS_BUNDLE_HOST =
  /^https?:\/\/(?:truststore\.pki\.[a-z0-9.-]*rds\.amazonaws\.com(?:\.cn)?|s3[a-z0-9.-]*\.amazonaws\.com\/rds-downloads|rds-downloads\.s3[a-z0-9.-]*\.amazonaws\.com)\//;
const CERTIFICATE_FILE = /\.(?:pem|crt|cer|der|p7b|p7c|p12|pfx|jks|ca-bundle)$/i;
/** Words of the commands and resources that fetch a URL. */
const FETCH =
  /\b(?:curl|wget|ADD|get_url|uri|Invoke-WebRequest|iwr|remote_file|source|url\s*[=:]|fetch|requests\.get|urlretrieve|http\.Get)\b/i;

const unquote = (s: string): string => s.replace(/^['"]|['",;]$/g, '');
const basename = (url: string): string => url.slice(url.lastIndexOf('/') + 1);

/** Where the command on this line (with its continuation lines and Ansible's neighbours) writes the URL. */
function savedAs(lines: readonly string[], i: number, url: string): string | undefined {
  let command = lines[i];
  for (let k = i; k < lines.length - 1 && /\\\s*$/.test(lines[k]) && k < i + 10; k++) command += ` ${lines[k + 1]}`;
  const after = command.slice(command.indexOf(url) + url.length);
  const add = new RegExp(`\\bADD\\s+(?:--\\S+\\s+)*${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\S+)`).exec(command);
  const fetched = downloadOutput(command, url);
  const dest = lines
    .slice(Math.max(0, i - 5), i + 6)
    .map((l) => /^\s*dest:\s*(\S+)/.exec(l)?.[1])
    .find(Boolean);
  const redirect = /^\S*\s*(?:\S+\s+)*?>>?\s*(?!&)([^\s&|;]+)/.exec(after.split(/&&|;|\|/)[0])?.[1];
  const tee = /^[^&;|]*\|\s*(?:sudo\s+)?tee\s+(?:-\S+\s+)*([^\s&|;]+)/.exec(after)?.[1];
  let saved = add?.[1];
  if (!saved && fetched?.kind === 'file') saved = fetched.path;
  if (!saved && fetched?.kind === 'basename') saved = fetched.dir ? `${fetched.dir.replace(/\/$/, '')}/${basename(url)}` : basename(url);
  saved ??= redirect ?? tee ?? dest;
  // Written to stdout and piped into a program: no file holds it.
  if (!saved && fetched?.kind === 'stdout' && after.includes('|')) return undefined;
  if (!saved) return basename(url);
  saved = unquote(saved);
  return saved.endsWith('/') ? `${saved}${basename(url)}` : saved;
}

export function findDownloads(file: string, text: string): Download[] {
  const out: Download[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.includes('://')) return;
    for (const m of line.matchAll(URL)) {
      const url = m[0].replace(/[.,;:'"]+$/, '');
      // AWS's bundle URLs count wherever code names them; other certificate URLs only where a command fetches them.
      if (!AWS_BUNDLE_HOST.test(url) && !(CERTIFICATE_FILE.test(url) && FETCH.test(line))) continue;
      out.push({ file, line: i + 1, url, savedAs: savedAs(lines, i, url) });
    }
  });
  return out;
}
