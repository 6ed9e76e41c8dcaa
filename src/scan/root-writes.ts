/**
 * Build steps that write an Amazon Trust Services root (www.amazontrust.com/repository/AmazonRootCA<n>.pem)
 * into a file: appended to it (`curl … >> certs/rds.pem`, `| tee -a certs/rds.pem`), saved as it
 * (`curl -fsSLo root.pem …`, `> root.pem`: the file then holds the root alone), or saved and then
 * concatenated into it (`cat bundle.pem root.pem > certs/rds.pem`). Only a line whose command word is
 * curl, wget or Invoke-WebRequest fetches: the URL in a shell comment or an `echo` argument writes text,
 * not the certificate. Only PEM downloads: a `.cer` is DER, which appended to a PEM bundle loads nothing.
 * Pure: text in.
 */
import { AMAZON_TRUST_URL } from '../trust/amazon-trust.js';
import type { RootWrite } from '../model/proxies.js';
import { downloadOutput } from './download-output.js';

export type { RootWrite };

const unquote = (s: string): string => s.replace(/^['"]|['";]$/g, '');
const basename = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

/** The line without its shell comment (`#` at its start or after whitespace). */
const uncommented = (line: string): string => line.replace(/(?:^|\s)#.*$/, '');

const FETCH = /^[@-]*(?:\$\()?(?:[\w./\\-]*[\\/])?(?:curl|wget|invoke-webrequest|iwr)(?:\.exe)?$/i;
const PREFIX = /^(?:RUN|sudo|exec|command|if|then|do|else|!|time|[@-]+|\w+=\S*)$/;

/** Whether the shell command naming `url` is a fetch: curl or wget is its command word, not an argument. */
function fetched(line: string, url: string): boolean {
  const segment = line.split(/&&|\|\||[;|]/).find((s) => s.includes(url)) ?? '';
  const words = segment.trim().split(/\s+/);
  const at = words.findIndex((w) => FETCH.test(w));
  return at >= 0 && words.slice(0, at).every((w) => PREFIX.test(w));
}

/** Where the fetch writes the root: appended to a file, or saved as one (the download's output, or its `>` redirect). */
function target(line: string, url: string, at: number): { append?: string; saved?: string } {
  const command = line.slice(at + url.length).split(/&&|;|\|\|/)[0];
  const append = /(?:^|\s)>>\s*([^\s&|;]+)|\|\s*(?:sudo\s+)?tee\s+(?:-a|--append)\s+([^\s&|;]+)/.exec(command);
  if (append) return { append: unquote(append[1] ?? append[2]) };
  const out = downloadOutput(line, url);
  if (out?.kind === 'file') return { saved: unquote(out.path) };
  if (out?.kind === 'basename') return { saved: out.dir ? `${out.dir.replace(/\/$/, '')}/${basename(url)}` : basename(url) };
  const redirect = /(?:^|\s)>\s*([^\s&|;>]+)/.exec(command);
  return redirect ? { saved: unquote(redirect[1]) } : {};
}

export function findRootWrites(file: string, text: string): RootWrite[] {
  if (!text.includes('amazontrust.com')) return [];
  const lines = text.split('\n').map(uncommented);
  const out: RootWrite[] = [];
  lines.forEach((line, i) => {
    for (const m of line.matchAll(new RegExp(AMAZON_TRUST_URL.source, 'g'))) {
      if (m[2] !== 'pem' || !fetched(line, m[0])) continue;
      const root = Number(m[1]);
      const { append, saved } = target(line, m[0], m.index);
      if (append) out.push({ file, line: i + 1, url: m[0], root, into: append });
      if (!saved) continue;
      out.push({ file, line: i + 1, url: m[0], root, into: saved, overwrites: true });
      // A later `cat … <saved> … > F` (or `>> F`) puts it into F; `cat <saved> > F` alone replaces F with the root.
      for (let k = i; k < lines.length; k++) {
        const cat = /\bcat\s+([^>|&;]+?)\s*(>>?)\s*([^\s&|;]+)/.exec(lines[k]);
        const inputs = cat ? cat[1].split(/\s+/).map(unquote) : [];
        const others = inputs.filter((a) => basename(a) !== basename(saved));
        if (!cat || others.length === inputs.length) continue;
        const replaces = cat[2] === '>' && !others.length;
        out.push({
          file,
          line: k + 1,
          url: m[0],
          root,
          into: unquote(cat[3]),
          alongside: others,
          ...(replaces ? { overwrites: true } : {}),
        });
      }
    }
  });
  return out;
}
