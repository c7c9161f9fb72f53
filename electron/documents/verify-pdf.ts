/** The verifier lives in ./verify/; this path stays for existing imports. */
export { verifySignedPdf } from './verify/verify-pdf';
