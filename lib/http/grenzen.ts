/**
 * The most a form post (a server action) may send. next.config.ts gives Next this limit
 * (`serverActions.bodySizeLimit`) and proxy.ts answers a bigger body with its own 413 before Next
 * reads it (docs/decisions/020-beveiliging.md, 024-foutpaden.md). The largest honest form (a
 * budgetplan text of 2,000 characters) is a few kilobytes. No imports: next.config.ts loads it.
 */
export const ACTIE_MAX_BYTES = 64 * 1024;
