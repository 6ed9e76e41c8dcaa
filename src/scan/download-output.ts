/**
 * Where a curl, wget or PowerShell command writes what it fetches, read from its options as the tool
 * reads them: curl's combined short options (`-fsSLo FILE`, `-oFILE`; `-XPOST` is one option with
 * its argument, not `-O`), `--output[=]FILE`, `-O` (the URL's basename) and `--output-dir`; wget's
 * `-O FILE`, `-qO FILE`, `-O-` (stdout), `--output-document[=]FILE` and `-P DIR` (wget's `-o` is its
 * log); PowerShell's `-OutFile`. Pure: one command's text in.
 */

/** What a command does with the body: writes a file, the URL's basename (in `dir`), or stdout. */
export type DownloadOutput = { kind: 'file'; path: string } | { kind: 'basename'; dir?: string } | { kind: 'stdout' };

interface Tool {
  /** Short options that take an argument (the rest of the token, or the next token). */
  withArgument: string;
  /** The short option naming the output file, and the one saving under the URL's basename. */
  output: string;
  remoteName?: string;
  /** Long options naming the output file, and a directory for it. */
  outputLong: string[];
  dirShort?: string;
  dirLong: string;
  remoteNameLong?: string;
}

const CURL: Tool = {
  withArgument: 'AbcCdDeEFHKmoPQrtTuUwxXyYz',
  output: 'o',
  remoteName: 'O',
  outputLong: ['--output'],
  dirLong: '--output-dir',
  remoteNameLong: '--remote-name',
};
/** wget: `-n` takes the next letter (`-nv`, `-nc`); `-O` writes the document, `-o` only the log. */
const WGET: Tool = {
  withArgument: 'aABDeiIlOoPQRtTUwX',
  output: 'O',
  outputLong: ['--output-document'],
  dirShort: 'P',
  dirLong: '--directory-prefix',
};

const unquote = (s: string): string => s.replace(/^[$`'"[(]+|[`'",;\])]+$/g, '');

function toolOf(token: string): Tool | 'powershell' | undefined {
  const name = unquote(token)
    .replace(/^.*[\\/]/, '')
    .replace(/\.exe$/i, '')
    .toLowerCase();
  if (name === 'curl') return CURL;
  if (name === 'wget') return WGET;
  if (name === 'invoke-webrequest' || name === 'iwr' || name === 'invoke-restmethod' || name === 'irm') return 'powershell';
  return undefined;
}

const target = (value: string): DownloadOutput => (value === '-' ? { kind: 'stdout' } : { kind: 'file', path: value });

/** The output a tool's options name, reading `tokens` (those after the tool's name) in order; the last wins. */
function readOptions(tool: Tool, tokens: readonly string[]): DownloadOutput | undefined {
  let out: DownloadOutput | undefined;
  let dir: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const [name, inline] = token.startsWith('--')
      ? [token.split('=')[0], token.includes('=') ? token.slice(token.indexOf('=') + 1) : undefined]
      : [];
    if (name) {
      const value = (): string => inline ?? tokens[++i] ?? '';
      if (tool.outputLong.includes(name)) out = target(value());
      else if (name === tool.dirLong) dir = value();
      else if (name === tool.remoteNameLong) out = { kind: 'basename' };
      continue;
    }
    if (!/^-[^-]/.test(token)) continue;
    for (let k = 1; k < token.length; k++) {
      const c = token[k];
      if (tool === WGET && c === 'n') {
        k++;
        continue;
      }
      if (c === tool.remoteName) out = { kind: 'basename' };
      if (!tool.withArgument.includes(c)) continue;
      const value = token.length > k + 1 ? token.slice(k + 1) : (tokens[++i] ?? '');
      if (c === tool.output) out = target(value);
      else if (c === tool.dirShort) dir = value;
      break;
    }
  }
  // Without an output option wget saves under the URL's basename; curl writes to stdout.
  out ??= tool === WGET ? { kind: 'basename' } : { kind: 'stdout' };
  if (!dir || !out || out.kind === 'stdout') return out;
  if (out.kind === 'basename') return { kind: 'basename', dir };
  return /^(?:\/|[A-Za-z]:\\)/.test(out.path) ? out : { kind: 'file', path: `${dir.replace(/\/$/, '')}/${out.path}` };
}

/**
 * The output of the fetch command in `command` (one shell command, joined continuation lines and all)
 * that names `url`: undefined where no curl, wget or Invoke-WebRequest fetches it, or it writes nowhere named.
 */
export function downloadOutput(command: string, url: string): DownloadOutput | undefined {
  const segment = command.split(/&&|\|\||[;|]/).find((s) => s.includes(url));
  if (!segment) return undefined;
  const tokens = segment
    .split(/\s+/)
    .map(unquote)
    .filter((t) => t && t !== '\\');
  const at = tokens.findIndex((t) => toolOf(t));
  if (at < 0) return undefined;
  const tool = toolOf(tokens[at])!;
  const rest = tokens.slice(at + 1);
  if (tool === 'powershell' || rest.some((t) => /^-(?:OutFile|Uri)$/i.test(t))) {
    const i = rest.findIndex((t) => /^-OutFile$/i.test(t));
    return i >= 0 && rest[i + 1] ? { kind: 'file', path: rest[i + 1] } : undefined;
  }
  return readOptions(tool, rest);
}
