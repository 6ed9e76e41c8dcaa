import { downloadNotJudged } from '../../src/rules/download-not-judged.js';
import { download, type Download } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';

const check = async (...downloads: Download[]) => downloadNotJudged.check(await factsFrom({}, { clients: { downloads } }));

describe('download-not-judged', () => {
  it('notes a download from outside AWS, at its line, naming the URL and where it is saved', async () => {
    expect(
      await check(download({ url: 'https://pki.example.com/corp-root.pem', savedAs: '/usr/local/share/ca-certificates/corp.crt' })),
    ).toEqual([
      {
        rule: 'download-not-judged',
        severity: 'notice',
        file: 'Dockerfile',
        line: 3,
        message:
          'Dockerfile:3 downloads https://pki.example.com/corp-root.pem (to /usr/local/share/ca-certificates/corp.crt): a certificate file from outside AWS, so what its clients trust was not checked.',
        remediation: expect.stringContaining('(https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem)'),
      },
    ]);
    expect(downloadNotJudged.remediation).toContain('https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem');
  });

  it('says why an AWS-looking URL could not be judged: variables, another partition', async () => {
    const [variable] = await check(
      download({ url: 'https://truststore.pki.rds.amazonaws.com/${AWS_REGION}/${AWS_REGION}-bundle.pem', savedAs: undefined }),
    );
    expect(variable.message).toBe(
      'Dockerfile:3 downloads https://truststore.pki.rds.amazonaws.com/${AWS_REGION}/${AWS_REGION}-bundle.pem: a URL built from variables, so what its clients trust was not checked.',
    );
    const [iso] = await check(download({ url: 'https://truststore.pki.us-iso-east-1.rds.amazonaws.com/global/global-bundle.pem' }));
    expect(iso.message).toContain("AWS's bundle for the aws-iso partition, whose roots the embedded catalog does not hold");
    // GovCloud's and China's bundles are in the catalog: the bundle rules judge them.
    expect(
      await check(
        download({ url: 'https://truststore.pki.us-gov-west-1.rds.amazonaws.com/us-gov-west-1/us-gov-west-1-bundle.pem' }),
        download({ url: 'https://rds-truststore.s3.cn-north-1.amazonaws.com.cn/cn-north-1/cn-north-1-bundle.pem' }),
        download({ url: 'https://rds-truststore.s3.cn-north-1.amazonaws.com.cn/global/global-bundle.pem' }),
      ),
    ).toEqual([]);
  });

  it('names the partition of a GovCloud trust-store URL AWS does not publish, and the GovCloud bundle as the fix', async () => {
    const url = 'https://truststore.pki.us-gov-west-1.rds.amazonaws.com/us-gov-west-1/bogus-bundle.pem';
    const facts = await factsFrom({}, { regions: ['us-gov-west-1'], clients: { downloads: [download({ url })] } });
    const [f] = downloadNotJudged.check(facts);
    expect(f.message).toContain(
      `downloads ${url} (to /opt/rds/global-bundle.pem): a URL on AWS's RDS trust store for the aws-us-gov (AWS GovCloud (US)) partition that AWS does not publish`,
    );
    expect(f.message).not.toContain('embedded catalog does not hold');
    expect(f.remediation).toContain('(https://truststore.pki.us-gov-west-1.rds.amazonaws.com/global/global-bundle.pem)');
    expect(f.remediation).not.toContain('https://truststore.pki.rds.amazonaws.com/');
  });

  it("stays silent on AWS's published bundles, current or legacy (the bundle rules judge them)", async () => {
    expect(
      await check(
        download(),
        download({ url: 'https://truststore.pki.rds.amazonaws.com/eu-west-1/eu-west-1-bundle.pem' }),
        download({ url: 'https://s3.amazonaws.com/rds-downloads/rds-combined-ca-bundle.pem' }),
      ),
    ).toEqual([]);
  });
});
