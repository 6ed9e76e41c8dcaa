/** CA settings in shell scripts: `aws rds modify-db-instance --ca-certificate-identifier …`. */
import { noIacFacts, type IacFacts } from './pin.js';

export async function scriptFacts(_file: string, _text: string): Promise<IacFacts> {
  return noIacFacts();
}
