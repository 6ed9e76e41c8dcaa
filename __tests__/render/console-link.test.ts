import { consoleUrl, databaseLink } from '../../src/render/console-link.js';
import { parseMarkdown } from '../helpers/markdown-oracle.js';

const db = (region: string, over: Partial<{ arn: string; id: string; engine: string }> = {}) => ({
  arn: `arn:aws:rds:${region}:123456789012:db:orders`,
  id: 'orders',
  region,
  engine: 'postgres 16.3',
  ...over,
});

describe('a database’s console page, in its own partition', () => {
  it.each([
    ['eu-west-1', 'https://console.aws.amazon.com/rds/home?region=eu-west-1#database:id=orders;is-cluster=false'],
    ['us-gov-west-1', 'https://console.amazonaws-us-gov.com/rds/home?region=us-gov-west-1#database:id=orders;is-cluster=false'],
    ['cn-north-1', 'https://console.amazonaws.cn/rds/home?region=cn-north-1#database:id=orders;is-cluster=false'],
  ])('%s', (region, url) => {
    expect(consoleUrl(db(region))).toBe(url);
  });

  it('says a cluster is one, and has no page where the partition has no public console or the engine its own console', () => {
    expect(consoleUrl(db('eu-west-1', { arn: 'arn:aws:rds:eu-west-1:1:cluster:orders' }))).toMatch(/;is-cluster=true$/);
    expect(consoleUrl(db('us-iso-east-1'))).toBeUndefined();
    expect(consoleUrl(db('eu-west-1', { engine: 'docdb 5.0.0' }))).toBeUndefined();
  });

  it('is a link GitHub renders with the database’s name as its text, and the name alone without a page', () => {
    const [table] = parseMarkdown(`| Database |\n| --- |\n| ${databaseLink(db('us-gov-east-1', { id: 'a_b*c' }))} |\n`).tables;
    expect(table.rows[0][0]).toBe('a_b*c');
    expect(databaseLink(db('us-iso-east-1'))).toBe('orders');
  });
});
