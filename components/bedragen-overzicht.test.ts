/**
 * The line under the budgetplan's sums: it never says the uurtarieven look fine when the maximum of
 * the year is unknown and the warning above it says they were not checked (ZO-04).
 */
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { budgetplanOverzicht } from "@/content/budgetplan-overzicht";
import { budgetplanVragen } from "@/content/wizard/budgetplan";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { BROCHURE_ZORGVERLENER } from "@/lib/wizard/vragen/testhulp";
import { BedragenOverzicht } from "./bedragen-overzicht";

const t = budgetplanVragen.bedragen;
const onbekend = budgetplanOverzicht.waarschuwingen.tariefMaximumOnbekend;

/** The brochure's example (BP-03): a mother, 25 uur × € 15,- on an overeenkomst van opdracht. */
const ANTWOORDEN: Antwoorden = {
  woonwens: "thuis",
  woonplaats: { invoer: "Enschede", zkCode: "ZK22", gemeente: "Enschede", viaPostcode: false },
  zorgverleners: [BROCHURE_ZORGVERLENER],
};

/** The page reads today's date in Amsterdam; noon UTC is the same day there. */
function opDatum(iso: string): string {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(`${iso}T12:00:00Z`));
  return renderToStaticMarkup(h(BedragenOverzicht, { antwoorden: ANTWOORDEN }));
}

afterEach(() => {
  vi.useRealTimers();
});

describe("BedragenOverzicht", () => {
  it("2024, maximum known and € 15,00 below it: no problems with the uurtarieven", () => {
    const html = opDatum("2024-06-01");
    expect(html).toContain(t.geenWaarschuwingen);
    expect(html).not.toContain(onbekend.titel("2024"));
  });

  it("2026, maximum unknown: the warning says the tarief is not checked, and nothing contradicts it", () => {
    const html = opDatum("2026-06-01");
    expect(html).toContain(onbekend.titel("2026"));
    expect(html).not.toContain(t.geenWaarschuwingen);
    expect(html).toContain(t.geenAndereWaarschuwingen);
  });
});
