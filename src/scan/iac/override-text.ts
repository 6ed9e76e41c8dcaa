/**
 * `Name=Value` parameter overrides written as text: in samconfig, the deploy commands' options
 * and CI actions' inputs. Quoting is undone; values that the shell or CI would expand are left out.
 */

function unquote(text: string): string {
  if (text.length >= 2 && text[0] === '"' && text.at(-1) === '"') return text.slice(1, -1).replace(/\\(["\\])/g, '$1');
  if (text.length >= 2 && text[0] === "'" && text.at(-1) === "'") return text.slice(1, -1);
  return text;
}

/** Words split at blanks outside quotes, with where each starts. */
function words(text: string): Array<{ word: string; offset: number }> {
  const out: Array<{ word: string; offset: number }> = [];
  let quote = '';
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === undefined || (!quote && /\s/.test(c))) {
      if (start >= 0) out.push({ word: text.slice(start, i), offset: start });
      start = -1;
      continue;
    }
    if (start < 0) start = i;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
  }
  return out;
}

/**
 * `Name=Value` settings in override text: `Ca=rds-ca-2019 Other="a b"` (SAM, `deploy`),
 * `ParameterKey=Ca,ParameterValue=…` (the CLI's shorthand), and with `commas`, `Ca=…,Other=…`
 * (aws-cloudformation-github-deploy). Values that the shell or CI would expand are left out.
 */
export function overrideSettings(text: string, commas = false): Array<{ name: string; value: string; offset: number }> {
  const out: Array<{ name: string; value: string; offset: number }> = [];
  for (const { word, offset } of words(text)) {
    const shorthand = /^ParameterKey=([^,]+),ParameterValue=(.*)$/.exec(word);
    const pieces = shorthand
      ? [{ text: `${shorthand[1]}=${shorthand[2]}`, offset }]
      : commas
        ? word.split(/,(?=[A-Za-z][\w]*=)/).reduce<Array<{ text: string; offset: number }>>((acc, piece) => {
            const at = acc.length ? acc[acc.length - 1].offset + acc[acc.length - 1].text.length + 1 : offset;
            acc.push({ text: piece, offset: at });
            return acc;
          }, [])
        : [{ text: word, offset }];
    for (const piece of pieces) {
      const match = /^([A-Za-z][A-Za-z0-9]*)=(.*)$/s.exec(piece.text);
      if (!match) continue;
      const value = unquote(match[2]);
      if (value.includes('$') || value.includes('{{')) continue;
      out.push({ name: match[1], value, offset: piece.offset });
    }
  }
  return out;
}
