import { describe, expect, it } from "vitest";
import { keuzeVragen } from "@/content/wizard/keuze";
import type { Antwoorden } from "../antwoorden";
import { aanspreking } from "../journey";
import { beantwoord } from "./testhulp";
import { DAGEN_PER_14, woonwensVraag as vraag } from "./woonwens";

const t = keuzeVragen.woonwens;

function fouten(waarden: Record<string, string>): Record<string, string> {
  const r = vraag.schema.safeParse(waarden);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("woonwens page", () => {
  it("asks the days only with deeltijd (LV-04)", () => {
    expect(fouten({ woonwens: "thuis", dagenPer14: "" })).toEqual({});
    expect(fouten({ woonwens: "thuis", dagenPer14: "onzin" })).toEqual({});
    expect(fouten({ woonwens: "deeltijd", dagenPer14: "" })).toEqual({ dagenPer14: t.dagenLeeg });
    expect(fouten({ woonwens: "deeltijd" })).toEqual({ dagenPer14: t.dagenLeeg });
    expect(fouten({ woonwens: "deeltijd", dagenPer14: "zeven" })).toEqual({ dagenPer14: t.dagenGeenGetal });
    expect(fouten({ woonwens: "deeltijd", dagenPer14: "7,5" })).toEqual({ dagenPer14: t.dagenGeenGetal });
    expect(fouten({ woonwens: "deeltijd", dagenPer14: "-3" })).toEqual({ dagenPer14: t.dagenGeenGetal });
    const bereik = t.dagenBereik(DAGEN_PER_14.min, DAGEN_PER_14.max);
    expect(fouten({ woonwens: "deeltijd", dagenPer14: "0" })).toEqual({ dagenPer14: bereik });
    expect(fouten({ woonwens: "deeltijd", dagenPer14: "15" })).toEqual({ dagenPer14: bereik });
  });

  it("reads '8', ' 08 ' and '8 dagen' as 8; the rules judge 10 later (LV-04)", () => {
    for (const dagenPer14 of ["8", " 08 ", "8 dagen"]) {
      expect(beantwoord({}, "woonwens", { woonwens: "deeltijd", dagenPer14 }).dagenPer14).toBe(8);
    }
    expect(beantwoord({}, "woonwens", { woonwens: "deeltijd", dagenPer14: "10" }).dagenPer14).toBe(10);
  });

  it("drops the days when the wish is no longer deeltijd", () => {
    const a: Antwoorden = { woonwens: "deeltijd", dagenPer14: 8 };
    const na = beantwoord(a, "woonwens", { woonwens: "thuis", dagenPer14: "8" });
    expect(na).toEqual({ woonwens: "thuis" });
    expect(vraag.waarden(na)).toEqual({ woonwens: "thuis", dagenPer14: "" });
  });

  it("makes the uitkomst page be read again when the wish changes (LV-01)", () => {
    const a: Antwoorden = { woonwens: "thuis", gezien: ["uitkomst"] };
    expect(beantwoord(a, "woonwens", { woonwens: "thuis" }).gezien).toEqual(["uitkomst"]);
    expect(beantwoord(a, "woonwens", { woonwens: "instelling" }).gezien).toEqual([]);
    expect(beantwoord({ ...a, woonwens: "deeltijd", dagenPer14: 7 }, "woonwens", { woonwens: "deeltijd", dagenPer14: "8" }).gezien).toEqual([]);
  });

  it("shows deeltijd with its days", () => {
    const a: Antwoorden = { woonwens: "deeltijd", dagenPer14: 7 };
    expect(vraag.samenvatting({ antwoorden: a, aanspreking: aanspreking(a) })[0]?.antwoord).toBe(t.deeltijdAntwoord(7));
  });
});
