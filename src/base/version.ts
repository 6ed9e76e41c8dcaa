/** The version SARIF and the JSON report name: package.json's (a test holds them equal; the bundle carries no package.json). */
export const VERSION = '0.1.0';
