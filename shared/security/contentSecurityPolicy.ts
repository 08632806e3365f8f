/**
 * The Content Security Policy of every page of the app. The same string is sent by the Electron
 * app:// protocol handler and by the `npm run web` preview server, so the browser build is tested
 * under the policy the desktop app ships with. No remote origin appears anywhere: the renderer may
 * load and connect only to its own origin. 'wasm-unsafe-eval' is the one relaxation, needed to
 * compile sql.js' WebAssembly; it does not allow JavaScript eval.
 */
export const contentSecurityPolicyDirectives: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['worker-src', "'self'"],
  ['connect-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['style-src', "'self'"],
  ['font-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-src', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const contentSecurityPolicy: string = contentSecurityPolicyDirectives
  .map(([directive, sources]) => `${directive} ${sources}`)
  .join('; ');

/** Headers sent with every app response, in Electron and in the web preview alike. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), bluetooth=(), payment=()',
};
