import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ondertekenen as en } from "@/content/en/ondertekenen";
import { ondertekenen as t } from "@/content/ondertekenen";
import { onderteken } from "@/lib/delen/handtekeningen";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { DELEN } from "@/lib/wizard/paden";
import { OndertekenenPaneel } from "./ondertekenen-paneel";

/** The panel's text with tags removed and entities as React writes them read back. */
const tekst = (antwoorden: Antwoorden): string =>
  renderToStaticMarkup(h(OndertekenenPaneel, { antwoorden }))
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");

const VOOR_RIET: Antwoorden = { voorWie: "familie", naamAanvrager: "Riet", heeftGewaarborgdeHulp: "ja", gewaarborgdeHulp: { naam: "Ans", relatie: "dochter", isWettelijkVertegenwoordiger: "nee" } };

describe("OndertekenenPaneel", () => {
  it("names the applicant someone fills in for, the gewaarborgde hulp who signs, and that the digital statement is not a qualified signature", () => {
    const m = tekst(VOOR_RIET);
    expect(m).toContain(t.papierUitleg({ zelf: false, naam: "Riet" }));
    expect(m).toContain("De gewaarborgde hulp: Ans");
    expect(m).toContain(t.metDeHand);
    expect(m).toContain(t.geenOfficieel);
    expect(m).toContain("AV-08");
  });

  it("gives each digital signer's status", () => {
    expect(tekst(VOOR_RIET)).toContain(`${t.uZelf} : ${t.status.nogNiet}`);
    const getekend = onderteken(VOOR_RIET, "aanvrager", { naam: "Mia" }, new Date("2026-12-04T10:00:00.000Z"));
    expect(tekst(getekend)).toContain(t.status.geldig("04-12-2026 om 11:00"));
  });

  it("links to the delen page only where asked", () => {
    expect(renderToStaticMarkup(h(OndertekenenPaneel, { antwoorden: VOOR_RIET, naarDelen: true }))).toContain(`href="${DELEN}"`);
    expect(renderToStaticMarkup(h(OndertekenenPaneel, { antwoorden: VOOR_RIET }))).not.toContain(`href="${DELEN}"`);
  });
});

describe("OndertekenenPaneel in English (docs/decisions/032-talen.md)", () => {
  it("gives its own words and the signers' statuses in English", () => {
    const getekend = onderteken(VOOR_RIET, "aanvrager", { naam: "Mia" }, new Date("2026-12-04T10:00:00.000Z"));
    const m = renderToStaticMarkup(h(OndertekenenPaneel, { antwoorden: getekend, taal: "en" })).replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ");
    expect(m).toContain(en.kop);
    expect(m).toContain(en.papierUitleg({ zelf: false, naam: "Riet" }));
    expect(m).toContain(en.geenOfficieel);
    expect(m).toContain(`${en.uZelf} : ${en.status.geldig("04-12-2026 at 11:00")}`);
    expect(m).not.toContain(t.metDeHand);
  });

  it("on an English page: AV-08's reasons in English, for the applicant and for someone filling in for Riet", () => {
    const zelf: Antwoorden = { voorWie: "zelf", heeftGewaarborgdeHulp: "ja", gewaarborgdeHulp: { naam: "Ans", relatie: "dochter", isWettelijkVertegenwoordiger: "nee" } };
    const engels = renderToStaticMarkup(h(OndertekenenPaneel, { antwoorden: zelf, taal: "en" }));
    expect(engels).toContain("(Rule AV-08, Source:");
    expect(engels).not.toContain("Regel AV-08");
    expect(engels).not.toContain('lang="nl"');
    const voorRiet = renderToStaticMarkup(h(OndertekenenPaneel, { antwoorden: VOOR_RIET, taal: "en" }));
    expect(voorRiet).toContain("(Rule AV-08, Source:");
    expect(voorRiet).not.toContain("Regel AV-08");
  });
});
