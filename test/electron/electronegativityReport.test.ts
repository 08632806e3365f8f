import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decisiveElectronegativityChecks, electronegativityWaivers } from '../../electron/node/security/electronegativityPolicy';
import { judgeElectronegativityFindings, parseElectronegativityCsv } from '../../electron/node/security/electronegativityReport';

const root = new URL('../../', import.meta.url).pathname;
const sample = readFileSync(new URL('../fixtures/electron/electronegativity-report.csv', import.meta.url), 'utf8');
const header = 'issue, severity, confidence, filename, location, sample, description, url\n';

describe("Electronegativity's CSV report", () => {
  it('reads every finding of a real report, quoted fields and all', () => {
    const findings = parseElectronegativityCsv(sample);
    expect(findings.map((finding) => `${finding.severity} ${finding.check} ${finding.file}`)).toEqual([
      'MEDIUM CSP_GLOBAL_CHECK N/A',
      'MEDIUM CUSTOM_ARGUMENTS_JS_CHECK main/application.ts',
      'MEDIUM AUXCLICK_JS_CHECK main/secureWindow.ts',
      'HIGH CONTEXT_ISOLATION_JS_CHECK main/secureWindow.ts',
      'MEDIUM SANDBOX_JS_CHECK main/secureWindow.ts',
    ]);
    expect(findings[3]).toMatchObject({ confidence: 'FIRM', location: '35:17', sample: 'const window = new BrowserWindow({', description: 'Review the use of the contextIsolation option' });
  });

  it('keeps commas, doubled quotes and line breaks inside a quoted sample', () => {
    const text = `${header}OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/x.ts","3:1","shell.openExternal(""https://a, b"",\n{})","Review openExternal",https://example.invalid\n`;
    expect(parseElectronegativityCsv(text)).toEqual([
      { check: 'OPEN_EXTERNAL_JS_CHECK', severity: 'MEDIUM', confidence: 'TENTATIVE', file: 'main/x.ts', location: '3:1', sample: 'shell.openExternal("https://a, b",\n{})', description: 'Review openExternal' },
    ]);
  });

  it('refuses what is not such a report instead of reading it as no findings', () => {
    expect(parseElectronegativityCsv(header)).toEqual([]);
    expect(() => parseElectronegativityCsv('')).toThrow(/unexpected header/);
    expect(() => parseElectronegativityCsv('<html>error</html>')).toThrow(/unexpected header/);
    expect(() => parseElectronegativityCsv(`${header}SANDBOX_JS_CHECK,"SEVERE","FIRM","a.ts","1:1",N/A,"x",u\n`)).toThrow(/row 2 has an unknown severity "SEVERE"/);
    expect(() => parseElectronegativityCsv(`${header}SANDBOX_JS_CHECK,"HIGH","FIRM"\n`)).toThrow(/row 2 has 3 fields, expected 8/);
    expect(() => parseElectronegativityCsv(`${header}SANDBOX_JS_CHECK,"HIGH","FIRM","a.ts","1:1","unterminated,"x",u\n`)).toThrow(/Electronegativity report/);
  });
});

describe('the policy applied to the findings', () => {
  it('passes the real report: each of its findings is waived with a reason and a proving test', () => {
    const verdict = judgeElectronegativityFindings(parseElectronegativityCsv(sample));
    expect(verdict.failing).toEqual([]);
    expect(verdict.waived.map(({ finding }) => finding.check).sort()).toEqual(['AUXCLICK_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'CSP_GLOBAL_CHECK', 'CUSTOM_ARGUMENTS_JS_CHECK', 'SANDBOX_JS_CHECK']);
    expect(verdict.unusedWaivers).toEqual([]);
  });

  it('fails a HIGH finding and a finding of a decisive check that no waiver covers, and only notes the rest', () => {
    const text =
      header +
      'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","main/otherWindow.ts","9:3","new BrowserWindow({","Review the use of the contextIsolation option",u\n' +
      'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/links.ts","4:2","shell.openExternal(url)","Review the use of openExternal",u\n' +
      'PRELOAD_JS_CHECK,"MEDIUM","TENTATIVE","main/secureWindow.ts","12:5","preload: preloadPath","Review the preload",u\n' +
      'SANDBOX_JS_CHECK,"MEDIUM","FIRM","main/secureWindow.ts","35:17","new BrowserWindow({","Use sandbox",u\n';
    const verdict = judgeElectronegativityFindings(parseElectronegativityCsv(text));
    expect(verdict.failing.map((finding) => `${finding.check} ${finding.file}`)).toEqual(['CONTEXT_ISOLATION_JS_CHECK main/otherWindow.ts', 'OPEN_EXTERNAL_JS_CHECK main/links.ts']);
    expect(verdict.noted.map((finding) => finding.check)).toEqual(['PRELOAD_JS_CHECK']);
    expect(verdict.waived.map(({ finding }) => finding.check)).toEqual(['SANDBOX_JS_CHECK']);
    expect(verdict.unusedWaivers.map((waiver) => waiver.check).sort()).toEqual(['AUXCLICK_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'CSP_GLOBAL_CHECK', 'CUSTOM_ARGUMENTS_JS_CHECK']);
  });

  it('has waivers that give a reason and name test files that exist', () => {
    for (const waiver of electronegativityWaivers) {
      expect(waiver.reason.length, waiver.check).toBeGreaterThan(40);
      expect(waiver.provenBy.length, waiver.check).toBeGreaterThan(0);
      for (const test of waiver.provenBy) expect(existsSync(`${root}${test}`), test).toBe(true);
    }
    expect(new Set(decisiveElectronegativityChecks).size).toBe(decisiveElectronegativityChecks.length);
  });

  it('runs in npm test, for the Electron version package.json pins exactly', () => {
    const packageJson = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
    expect(packageJson.scripts['test']).toContain('npm run check:electron-security');
    expect(packageJson.scripts['check:electron-security']).toBe('tsx electron/node/cli/checkElectronSecurity.ts');
    expect(packageJson.devDependencies['@doyensec/electronegativity']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(packageJson.devDependencies['electron']).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
