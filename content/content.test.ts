/**
 * Words for users live in content/ (DEVELOPERS.md). A key that is used but missing fails the
 * typecheck (the content objects are typed `as const`); this test catches the other half: a key
 * that is defined but used nowhere. A key counts as used when its name appears in the code
 * outside content/ as a property access, an index or a quoted string (for lookups by a value
 * such as an option), or when content/ itself uses it (one text built from others).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const WORTEL = path.resolve(__dirname, "..");
const CODE_MAPPEN = ["app", "components", "lib", "rules", "content"];

function bestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = path.join(map, naam);
    if (statSync(pad).isDirectory()) return bestanden(pad);
    return /\.(ts|tsx)$/.test(naam) && !/\.test\.tsx?$/.test(naam) ? [pad] : [];
  });
}

function sleutels(waarde: unknown, pad: string[] = []): string[][] {
  if (typeof waarde !== "object" || waarde === null || Array.isArray(waarde)) return [pad];
  return Object.entries(waarde).flatMap(([sleutel, kind]) => sleutels(kind, [...pad, sleutel]));
}

describe("content/", () => {
  const code = CODE_MAPPEN.flatMap((map) => bestanden(path.join(WORTEL, map)));
  const contentBestanden = code.filter((b) => b.includes(`${path.sep}content${path.sep}`));

  it.each(contentBestanden.map((b) => [path.relative(WORTEL, b), b]))("%s: every key is used", async (_naam, bestand) => {
    const inhoud = (await import(bestand)) as Record<string, unknown>;
    const eigen = readFileSync(bestand, "utf8");
    const anderen = code.filter((b) => b !== bestand).map((b) => readFileSync(b, "utf8")).join("\n");
    const ongebruikt: string[] = [];
    for (const [exportNaam, waarde] of Object.entries(inhoud)) {
      if (typeof waarde !== "object" || waarde === null) continue;
      for (const pad of sleutels(waarde)) {
        const sleutel = pad.at(-1);
        if (sleutel === undefined || /^\d+$/.test(sleutel)) continue;
        const gebruikt = [`.${sleutel}`, `["${sleutel}"]`, `"${sleutel}"`, `'${sleutel}'`].some((vorm) => anderen.includes(vorm)) ||
          // used inside its own file by another text (`${x.sleutel}`)
          eigen.split(`.${sleutel}`).length > 1;
        if (!gebruikt) ongebruikt.push(`${exportNaam}.${pad.join(".")}`);
      }
    }
    expect(ongebruikt).toEqual([]);
  });
});
