/** The language adapters, by the syntax each reads. */
import type { CodeSyntax, Lang } from '../model.js';
import { csharp } from './csharp.js';
import { go } from './go.js';
import { java } from './java.js';
import { python } from './python.js';
import { typescript } from './typescript.js';

export const LANGS: Record<CodeSyntax, Lang> = { typescript, python, java, 'c-sharp': csharp, go };
