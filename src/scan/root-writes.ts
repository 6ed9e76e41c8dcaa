/**
 * Build steps that write an Amazon Trust Services root (www.amazontrust.com/repository/AmazonRootCA<n>.pem)
 * into a file: appended to it (`curl … >> certs/rds.pem`, `| tee -a certs/rds.pem`), or saved and then
 * concatenated into it (`curl -o root.pem …` then `cat bundle.pem root.pem > certs/rds.pem`). Only PEM
 * downloads: a `.cer` is DER, which appended to a PEM bundle loads nothing. Pure: text in.
 */
import { AMAZON_TRUST_URL } from '../trust/amazon-trust.js';
import type { RootWrite } from '../model/proxies.js';

export type { RootWrite };

const unquote = (s: string): string => s.replace(/^['"]|['";]$/g, '');
const basename = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

/** Where the command after the URL writes it: appended to a file, or saved as one. */
function target(after: string, url: string): { append?: string; saved?: string } {
  const command = after.split(/&&|;|\|\|/)[0];
  const append = /(?:^|\s)>>\s*([^\s&|;]+)|\|\s*(?:sudo\s+)?tee\s+(?:-a|--append)\s+([^\s&|;]+)/.exec(command);
  if (append) return { append: unquote(append[1] ?? append[2]) };
  const saved = /(?:^|\s)(?:>|-o|--output|-O|--output-document|-OutFile)(?:\s+|=)?(?!-)([^\s&|;>]+)/.exec(command);
  return { saved: unquote(saved?.[1] ?? basename(url)) };
}

export function findRootWrites(file: string, text: string): RootWrite[] {
  if (!text.includes('amazontrust.com')) return [];
  const lines = text.split('\n');
  const out: RootWrite[] = [];
  lines.forEach((line, i) => {
    for (const m of line.matchAll(new RegExp(AMAZON_TRUST_URL.source, 'g'))) {
      if (m[2] !== 'pem') continue;
      const root = Number(m[1]);
      const before = line.slice(0, m.index);
      const { append, saved } = target(`${before.replace(/.*\b(?:curl|wget)\b/, '')} ${line.slice(m.index + m[0].length)}`, m[0]);
      if (append) out.push({ file, line: i + 1, url: m[0], root, into: append });
      if (!saved) continue;
      // A later `cat … <saved> … > F` (or `>> F`) puts it into F.
      for (let k = i; k < lines.length; k++) {
        const cat = /\bcat\s+([^>|&;]+?)\s*>>?\s*([^\s&|;]+)/.exec(lines[k]);
        const inputs = cat ? cat[1].split(/\s+/).map(unquote) : [];
        const others = inputs.filter((a) => basename(a) !== basename(saved));
        if (cat && others.length < inputs.length)
          out.push({ file, line: k + 1, url: m[0], root, into: unquote(cat[2]), alongside: others });
      }
    }
  });
  return out;
}
