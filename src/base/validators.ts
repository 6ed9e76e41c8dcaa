/**
 * What a value must look like, whichever way it is given: as an action input (src/inputs/) or in
 * the environments file (src/config-file.ts). One schema per rule, so the two cannot drift apart.
 * The messages are the environments file's; the input parser words its own around the same rule.
 */
import { z } from 'zod';

/** An AWS region name: `eu-west-1`, `us-gov-west-1`, `ap-southeast-5`. */
export const REGION_NAME = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;

export const regionName = z.string().regex(REGION_NAME, 'a region name like eu-west-1');
export const roleArn = z
  .string()
  .regex(/^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/, 'a role ARN like arn:aws:iam::123456789012:role/name');
export const accountId = z.string().regex(/^\d{12}$/, 'a 12-digit AWS account id');
export const environmentName = z.string().regex(/^[\w.-]+$/, 'environment names of letters, digits, ".", "_" and "-"');
/** A CA identifier the catalog knows. */
export const caId = (known: readonly string[]) => z.string().refine((id) => known.includes(id), 'a CA identifier the catalog knows');
/** A whole number in plain decimal digits (no sign, exponent, hex or blanks) from `min` to `max`. */
export const wholeNumber = (min: number, max: number) => z.string().regex(/^\d+$/).transform(Number).pipe(z.number().min(min).max(max));
/** A plain decimal number (`5`, `0.5`) above 0 and at most `max`. */
export const positiveDecimal = (max: number) =>
  z
    .string()
    .regex(/^\d+(?:\.\d+)?$/)
    .transform(Number)
    .pipe(z.number().gt(0).max(max));

/** Whether `value` follows the rule. */
export const follows = (schema: z.ZodType, value: unknown): boolean => schema.safeParse(value).success;
