/**
 * Test code deploys nothing: test functions and blocks (each language's own), and the calls
 * that assert (CDK's `Template` and `Match`, test runners' expectations), whose arguments
 * describe what a stack should hold.
 */
import type { Node } from '../syntax.js';
import type { CodeSyntax, Lang } from './model.js';

/** The call nodes of each language, for finding assertions. */
const CALL_TYPES: Record<CodeSyntax, string[]> = {
  typescript: ['call_expression'],
  python: ['call'],
  go: ['call_expression'],
  java: ['method_invocation'],
  'c-sharp': ['invocation_expression'],
};

/** CDK assertions (`Template`, `Match`) and test runners' expectations, in camelCase, snake_case or PascalCase (compared plain). */
const ASSERTION_METHODS = new Set([
  'hasresourceproperties',
  'hasresource',
  'findresources',
  'resourcecountis',
  'resourcepropertiescountis',
  'templatematches',
  'allresources',
  'allresourcesproperties',
  'hasoutput',
  'findoutputs',
  'hasmapping',
  'findmappings',
  'hascondition',
  'findconditions',
  'hasparameter',
  'findparameters',
  'objectlike',
  'objectequals',
  'arraywith',
  'arrayequals',
  'serializedjson',
  'tothrow',
  'tothrowerror',
  'rejects',
  'throws',
  'raises',
  'panics',
]);

/** Whether a callee is an assertion: `Template.fromStack(s).hasResourceProperties`, `Match.objectLike`, `expect(…).toThrow`, `assert.Equal`, `self.assertEqual`. */
function isAssertion(callee: string, syntax: CodeSyntax): boolean {
  let text = callee.replace(/<[^<>]*>/g, '');
  for (let i = 0; i < 8 && /\([^()]*\)/.test(text); i++) text = text.replace(/\([^()]*\)/g, '');
  const names = text.match(/[A-Za-z_$][\w$]*/g) ?? [];
  const [first, last] = [names[0] ?? '', names.at(-1) ?? ''];
  const expectation = /^(?:[Aa]ssert|[Ee]xpect)(?![a-z])/;
  return (
    expectation.test(first) ||
    expectation.test(last) ||
    ASSERTION_METHODS.has(last.replaceAll('_', '').toLowerCase()) ||
    names.some((n) => n === 'Match' || n === 'Should' || n === 'should') ||
    (syntax === 'go' && first === 'require' && names.length > 1)
  );
}

/** Test functions and blocks, and assertion calls. */
export function testCode(lang: Lang, root: Node): Node[] {
  const assertions = root
    .descendantsOfType(CALL_TYPES[lang.syntax])
    .filter((n): n is Node => !!n && isAssertion(lang.callParts(n)?.callee ?? '', lang.syntax));
  return [...lang.testScopes(root), ...assertions];
}
