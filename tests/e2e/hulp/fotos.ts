/**
 * Screenshots for people to look at, in test-results/schermafbeeldingen/<project>/ (gitignored).
 * Only with `E2E_FOTOS=1`: a full-page picture is the slowest thing a browser test does and nobody
 * looks at them in CI (docs/decisions/021-browsertests-snel-en-eerlijk.md). What the tests assert
 * around them (no page wider than the screen) runs always.
 */
import path from "node:path";

export const FOTOS = process.env.E2E_FOTOS === "1";

/** The folder of a project's pictures ("met-js", "zonder-js"). */
export function fotoMap(project: string): string {
  return path.join(process.cwd(), "test-results", "schermafbeeldingen", project);
}
