import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../embed-host/csp';

describe('README embedding section', () => {
  it('gives the Content-Security-Policy the browser tests verify, as header and nginx line', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const policy = contentSecurityPolicy(['https://dashboard.example.gov.cn']);
    expect(readme).toContain(`Content-Security-Policy: ${policy}\n`);
    expect(readme).toContain(`add_header Content-Security-Policy "${policy}" always;`);
  });
});
