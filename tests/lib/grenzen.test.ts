/**
 * The limits on making drafts and share links, through the real server actions
 * (docs/decisions/023-grenzen.md): at most AANMAKEN_MAX new drafts plus links per address per
 * window (here 3), and at most 20 working links per draft. Past either, the form answers with
 * the Dutch message on a field (so the error summary shows it) and every typed value back.
 */
import { beforeAll, describe, expect, it } from "vitest";
// The harness first: it registers the mocks before any module below imports Next or the store.
import * as h from "@/tests/lib/acties";
import { beveiligingTeksten } from "@/content/beveiliging";
import { MAX_ACTIEVE_DEELLINKEN } from "@/lib/drafts/deellinks";
import { doorloop, invoer } from "@/lib/wizard/vragen/testhulp";

// Read by lib/env.ts on first use, which is after this line.
process.env.AANMAKEN_MAX = "3";
const wizard = await import("@/app/aanvraag/acties");
const delen = await import("@/app/aanvraag/delen/acties");

const LEEG = { fouten: {}, waarden: {} };
const START = [["voorWie", "zelf"]] as const;
const LINK = [["rol", "meekijken"], ["geldig", "14"]] as const;

beforeAll(async () => {
  await h.nieuweOpslag();
});

describe("new drafts and links per address", () => {
  it("three new drafts from one connection, then the message with the choice kept; another connection goes on", async () => {
    h.nieuwVerzoek();
    const verbinding = h.kopregels().get("x-pgb-verbinding") ?? "";
    for (let i = 0; i < 3; i++) {
      h.nieuwVerzoek();
      h.kopregels().set("x-pgb-verbinding", verbinding);
      expect(await h.roep(() => wizard.startAanvraag(LEEG, h.formData(START)))).toMatchObject({ soort: "doorverwezen", pad: "/aanvraag" });
    }
    h.nieuwVerzoek();
    h.kopregels().set("x-pgb-verbinding", verbinding);
    const vierde = await h.roep(() => wizard.startAanvraag(LEEG, h.formData(START)));
    expect(vierde).toEqual({ soort: "status", status: { fouten: { voorWie: beveiligingTeksten.grenzen.teVaakGemaakt(15) }, waarden: { voorWie: "zelf" } } });
    expect(h.koekje(h.SESSIE_COOKIE), "no draft made").toBeUndefined();
    h.nieuwVerzoek();
    expect(await h.roep(() => wizard.startAanvraag(LEEG, h.formData(START)))).toMatchObject({ soort: "doorverwezen" });
  });

  it("share links count too: the fourth thing made from one connection is refused", async () => {
    h.nieuwVerzoek();
    await h.zetDraft(doorloop(invoer()));
    for (let i = 0; i < 3; i++) expect(await h.roep(() => delen.maakDeellink(LEEG, h.formData(LINK)))).toMatchObject({ soort: "doorverwezen" });
    const vierde = await h.roep(() => delen.maakDeellink(LEEG, h.formData(LINK)));
    expect(vierde).toEqual({ soort: "status", status: { fouten: { rol: beveiligingTeksten.grenzen.teVaakGemaakt(15) }, waarden: { rol: "meekijken", geldig: "14" } } });
  });
});

describe(`at most ${MAX_ACTIEVE_DEELLINKEN} working links per draft`, () => {
  it("the 21st link gets the message on the role field, with the choices kept", async () => {
    h.nieuwVerzoek();
    const { toegang } = await h.zetDraft(doorloop(invoer()));
    for (let i = 0; i < MAX_ACTIEVE_DEELLINKEN; i++) expect((await h.opslag().deellinken.maak(toegang, "meekijken", null, new Date())).status).toBe("ok");
    const uitkomst = await h.roep(() => delen.maakDeellink(LEEG, h.formData(LINK)));
    expect(uitkomst).toEqual({ soort: "status", status: { fouten: { rol: beveiligingTeksten.grenzen.teVeelLinks(MAX_ACTIEVE_DEELLINKEN) }, waarden: { rol: "meekijken", geldig: "14" } } });
    expect(await h.opslag().deellinken.lijst(toegang, new Date())).toHaveLength(MAX_ACTIEVE_DEELLINKEN);
  });
});
