/**
 * What the team decided about Electronegativity's findings (see build/SECURITY-CHECKLIST.md).
 *
 * A finding fails `npm test` when its severity is HIGH or its check is one of the decisive checks,
 * unless a waiver names its check and file: each waiver says why the finding does not apply and
 * which tests prove the property the check looks for. Electronegativity reads the source
 * statically, so it flags settings it cannot see (webPreferences built by a function, a CSP sent as
 * a header from shared/): the tests check them at run time instead.
 */
export interface ElectronegativityWaiver {
  readonly check: string;
  /** The finding's file as Electronegativity reports it (relative to the scanned folder), or 'N/A' for a global check. */
  readonly file: string;
  readonly reason: string;
  /** Test files (from the repository root) that prove the property. */
  readonly provenBy: readonly string[];
}

/** Checks whose findings fail the check at any severity: each guards an item of the Electron security checklist. */
export const decisiveElectronegativityChecks: readonly string[] = [
  'AUXCLICK_JS_CHECK',
  'CERTIFICATE_ERROR_EVENT_JS_CHECK',
  'CERTIFICATE_VERIFY_PROC_JS_CHECK',
  'CSP_GLOBAL_CHECK',
  'DANGEROUS_FUNCTIONS_JS_CHECK',
  'HTTP_RESOURCES_JS_CHECK',
  'LIMIT_NAVIGATION_GLOBAL_CHECK',
  'OPEN_EXTERNAL_JS_CHECK',
  'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
  'SANDBOX_JS_CHECK',
];

export const electronegativityWaivers: readonly ElectronegativityWaiver[] = [
  {
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'main/secureWindow.ts',
    reason: 'the window gets its webPreferences from secureWebPreferences(), which sets contextIsolation: true; the static check sees only the call',
    provenBy: ['test/electron/application.test.ts'],
  },
  {
    check: 'SANDBOX_JS_CHECK',
    file: 'main/secureWindow.ts',
    reason: 'secureWebPreferences() sets sandbox: true and the app calls app.enableSandbox() before ready; the static check sees only the call',
    provenBy: ['test/electron/application.test.ts'],
  },
  {
    check: 'AUXCLICK_JS_CHECK',
    file: 'main/secureWindow.ts',
    reason: 'a middle click opens nothing: every webContents denies window.open and new windows (setWindowOpenHandler) and blocks navigation away from the app',
    provenBy: ['test/electron/webContentsHardening.test.ts'],
  },
  {
    check: 'CUSTOM_ARGUMENTS_JS_CHECK',
    file: 'main/application.ts',
    reason: 'the one switch the app appends is js-flags with the engine\'s V8 heap setting (engineV8Flags: --max-semi-space-size=64), which changes no security setting; no other command-line switch is added',
    provenBy: ['test/electron/application.test.ts', 'test/electron/engineV8Flags.test.ts'],
  },
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'N/A',
    reason: 'the CSP is sent as a response header by the app:// protocol handler (shared/security/contentSecurityPolicy.ts, outside the scanned electron/ folder), not in a meta tag',
    provenBy: ['test/electron/appProtocol.test.ts'],
  },
];
