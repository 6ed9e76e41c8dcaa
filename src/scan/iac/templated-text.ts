/**
 * Placeholders in text (`${…}`, `{{ … }}`), and Helm or Go templates made parseable as YAML by
 * setting their actions aside.
 */
import type { Source } from './yaml-tree.js';

const PLACEHOLDER = /\u27e6tpl(\d+)\u27e7/g;

/**
 * A Helm or Go template made parseable: an action alone on its line (`{{- with … }}`,
 * `{{- end }}`) becomes blanks, an action inside a value a placeholder; lines stay where they
 * are. `restore` puts the actions back into a value's text.
 */
export function neutralise(text: string): { text: string; templates: string[] } {
  const templates: string[] = [];
  const lines = text.split('\n').map((line) => {
    const parts = placeholders(line, '{{', '}}');
    if (!parts.some((p) => 'inner' in p)) return line;
    if (parts.every((p) => 'inner' in p || !p.literal.trim())) return ' '.repeat(line.length);
    return parts.map((p) => ('literal' in p ? p.literal : `\u27e6tpl${templates.push(`{{${p.inner}}}`) - 1}\u27e7`)).join('');
  });
  return { text: lines.join('\n'), templates };
}

export function restore(src: Source, text: string): string {
  return src.templates ? text.replace(PLACEHOLDER, (_m, i: string) => src.templates![Number(i)] ?? '') : text;
}

/**
 * Text with `open … close` placeholders (`${…}`, `{{ … }}`) split into literal text and the
 * placeholders' inner text. Placeholders nest (`${self:a.${opt:stage}}`).
 */
export function placeholders(text: string, open: string, close: string): Array<{ literal: string } | { inner: string }> {
  const out: Array<{ literal: string } | { inner: string }> = [];
  let i = 0;
  let chunk = '';
  while (i < text.length) {
    if (text.startsWith(open, i)) {
      let depth = 1;
      let j = i + open.length;
      while (j < text.length && depth > 0) {
        if (text.startsWith(open, j)) {
          depth++;
          j += open.length;
        } else if (text.startsWith(close, j)) {
          depth--;
          j += close.length;
        } else j++;
      }
      if (depth > 0) break;
      if (chunk) out.push({ literal: chunk });
      chunk = '';
      out.push({ inner: text.slice(i + open.length, j - close.length) });
      i = j;
    } else chunk += text[i++];
  }
  chunk += text.slice(i);
  if (chunk) out.push({ literal: chunk });
  return out;
}
