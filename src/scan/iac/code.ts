/** CA pins in program code: AWS CDK (every language) and Pulumi. */
import { cdkPins, mayBeCdk } from './cdk.js';
import { noIacFacts, type IacFacts } from './pin.js';

export async function codeFacts(file: string, text: string): Promise<IacFacts> {
  const facts = noIacFacts();
  if (mayBeCdk(text)) facts.pins.push(...cdkPins(file, text));
  return facts;
}
