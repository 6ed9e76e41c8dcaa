/**
 * CA pins in program code: AWS CDK (TypeScript/JavaScript, Python, Java, C#, Go) and Pulumi
 * (TypeScript/JavaScript, Python, Go), read from tree-sitter trees.
 *
 * Each database construct call is a declaration; its CA property is a pin, whose value is a
 * literal (through `jsii.String(…)`-style wrappers, `CaCertificate` constants and `.of(…)`, and
 * same-file constants), one pin per branch of a conditional, or an expression the repository
 * does not decide (a lookup's literal fallback is a pin of its own). An instance that leaves the
 * CA out is an `absent` pin. A CA property outside a known construct is a pin too: a wrapper
 * construct's props, an object built apart (named by the call that takes it), an AWS SDK request
 * (tool `aws-sdk`). A `CaCertificate` that is no property's value chooses nothing, and test code
 * (test functions, assertions, expected throws) deploys nothing; file names decide nothing.
 *
 * The parts are in code/: each language's syntax adapter (lang/), the values (values.ts), the
 * constructs (constructs.ts), the properties outside them (stray.ts) and test code (test-code.ts).
 */
import { findConstructs, readConstruct } from './code/constructs.js';
import { CodeFile } from './code/file.js';
import { LANGS } from './code/lang/index.js';
import type { CodeSyntax } from './code/model.js';
import { cdkProxies } from './code/proxies.js';
import { readStrayProperties } from './code/stray.js';
import { noIacFacts, type IacFacts } from '../../model/iac.js';
import { grammarOf, parse } from './syntax.js';

const PARSERS: Record<CodeSyntax, string> = { typescript: 'TypeScript', python: 'Python', go: 'Go', java: 'Java', 'c-sharp': 'C#' };

export async function codeFacts(file: string, text: string): Promise<IacFacts> {
  const grammar = grammarOf(file);
  if (grammar !== 'typescript' && grammar !== 'python' && grammar !== 'go' && grammar !== 'java' && grammar !== 'c-sharp')
    return noIacFacts();
  const lang = LANGS[grammar];
  return parse(grammar, text, (root, error) => {
    const code = new CodeFile(file, lang, root);
    const constructs = findConstructs(code);
    for (const construct of constructs) readConstruct(code, construct, constructs);
    readStrayProperties(code, constructs);
    const facts = code.facts();
    const proxies = cdkProxies(code);
    if (proxies.length) facts.proxies = proxies;
    if (error && (code.isIacProgram() || facts.pins.length || facts.declarations.length || proxies.length)) {
      facts.problems.push({ file, line: error.line, parser: PARSERS[lang.syntax], message: error.message });
    }
    return facts;
  });
}
