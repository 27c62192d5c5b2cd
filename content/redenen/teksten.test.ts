/**
 * Every reason text the rules produce for a broad set of inputs, for the applicant ("u"), kept in
 * a committed snapshot. The texts for the applicant must stay byte for byte the same when reasons
 * become data (docs/decisions/028-redenen-als-gegevens.md): a change here is a change of words.
 */
import { describe, expect, it } from "vitest";
import type { Reden } from "@/rules/types";
import { redenGevallen } from "@/tests/lib/reden-gevallen";
import { redenTekst } from "./index";

function gevallen(): [string, string[]][] {
  return redenGevallen().map(([naam, redenen]) => [naam, redenen.map((r: Reden) => `${r.regel} | ${r.bron} | ${redenTekst(r)}`)]);
}

describe("reason texts for the applicant (u)", () => {
  it("stay the same as the committed snapshot", () => {
    const alle = gevallen();
    const tekst = alle.map(([naam, redenen]) => [`## ${naam}`, ...redenen].join("\n")).join("\n\n");
    expect(alle.flatMap(([, redenen]) => redenen).length).toBeGreaterThan(1000);
    return expect(`${tekst}\n`).toMatchFileSnapshot("./__snapshots__/teksten-u.txt");
  });
});
