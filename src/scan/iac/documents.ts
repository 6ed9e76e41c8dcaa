/** CA pins in YAML and JSON documents: CloudFormation templates. */
import { cloudFormationPins, mayBeTemplate } from './cloudformation.js';
import { noIacFacts, type IacFacts } from './pin.js';

export async function documentFacts(file: string, text: string): Promise<IacFacts> {
  const facts = noIacFacts();
  if (mayBeTemplate(text)) facts.pins.push(...cloudFormationPins(file, text));
  return facts;
}
