import { describe, expect, it } from "vitest";
import { aanvraagTeksten } from "@/content/redenen/aanvraag";
import { documentTeksten } from "@/content/wizard/documenten";
import type { Antwoorden } from "./antwoorden";
import { documenten } from "./documenten";
import { tekstVan } from "@/tests/lib/redenen";

const ans = { naam: "Ans", relatie: "dochter", isWettelijkVertegenwoordiger: "nee" } as const;

describe("documenten", () => {
  it("always lists the aanvraagformulier and the budgetplan (AV-08)", () => {
    const lijst = documenten({});
    expect(lijst.map((d) => d.sleutel)).toEqual(["aanvraagformulier", "budgetplan"]);
    expect(lijst.flatMap((d) => d.redenen.map((r) => r.regel))).toEqual(["AV-08", "AV-08", "AV-08"]);
  });

  it("names the zorgprofiel from the indicatiebesluit and the gewaarborgde hulp when there is one", () => {
    const a: Antwoorden = { heeftIndicatie: "ja", zorgprofiel: "zzp 5 vv", heeftGewaarborgdeHulp: "ja", gewaarborgdeHulp: ans };
    const lijst = documenten(a);
    expect(lijst.map((d) => d.sleutel)).toEqual(["aanvraagformulier", "budgetplan", "indicatiebesluit", "gewaarborgde-hulp"]);
    expect(lijst[2]?.tekst).toBe(documentTeksten.indicatiebesluit.tekst("ZP 5 VV"));
    expect(lijst[3]?.tekst).toBe(documentTeksten.gewaarborgdeHulp.tekst("Ans", "dochter"));
    expect(documenten({ ...a, heeftGewaarborgdeHulp: "nee" }).map((d) => d.sleutel)).not.toContain("gewaarborgde-hulp");
  });

  it("says who signs the budgetplan (AV-08)", () => {
    const ondertekening = (a: Antwoorden) => documenten(a)[1]?.redenen.map((r) => tekstVan(r)) ?? [];
    const o = aanvraagTeksten.ondertekening;
    expect(ondertekening({ heeftGewaarborgdeHulp: "ja", gewaarborgdeHulp: ans })).toContain(o.gewaarborgdeHulp);
    expect(ondertekening({ voorWie: "wettelijk-vertegenwoordiger" })).toContain(o.wettelijkVertegenwoordiger);
    expect(ondertekening({ heeftGewaarborgdeHulp: "ja", gewaarborgdeHulp: { ...ans, isWettelijkVertegenwoordiger: "ja" } })).toEqual(
      expect.arrayContaining([o.wettelijkVertegenwoordiger, o.gewaarborgdeHulp]),
    );
    expect(ondertekening({})).toContain(o.onbekend);
  });
});
