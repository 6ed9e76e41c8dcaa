/**
 * A database's page in the AWS console of its own partition (console.aws.amazon.com,
 * console.amazonaws-us-gov.com, console.amazonaws.cn), as a Markdown link around its name: one
 * click from the plan to the database. The name alone where the partition has no public console
 * or the database has no RDS console page (DocumentDB has its own console).
 */
import { partitionOf } from '../base/partition.js';
import { cell } from './markdown.js';

export function consoleUrl(db: { arn: string; id: string; region: string; engine: string }): string | undefined {
  const host = partitionOf(db.region).consoleHost;
  if (!host || db.engine.startsWith('docdb')) return undefined;
  const cluster = /:cluster:/.test(db.arn);
  const region = encodeURIComponent(db.region);
  return `https://${host}/rds/home?region=${region}#database:id=${encodeURIComponent(db.id)};is-cluster=${cluster}`;
}

/** The database's name as a table cell, linked to its console page where there is one. */
export function databaseLink(db: { arn: string; id: string; region: string; engine: string }): string {
  const url = consoleUrl(db);
  return url ? `[${cell(db.id)}](${url})` : cell(db.id);
}
