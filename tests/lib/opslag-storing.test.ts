/**
 * A full disk or a failing database loses nothing that was typed (docs/decisions/025-opslag.md):
 * every form action whose store call fails returns a form error that says nothing was saved, with
 * every posted value, instead of throwing (which Next turns into a bare "Internal Server Error"
 * and the typed input is gone). Button-only actions send the person to the Dutch page /storing.
 * Errors that are not the store's (a bug) are not swallowed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
// The harness first: it registers the mocks before any module below imports Next or the store.
import * as h from "@/tests/lib/acties";
import Database from "better-sqlite3";
import { vraagFormulier } from "@/content/vraag-formulier";
import type { DraftStore } from "@/lib/drafts/store";
import type { Antwoorden } from "@/lib/wizard/antwoorden";
import { isOpslagStoring } from "@/lib/drafts/storing";
import { BROCHURE_ZORGVERLENER, doorloop, invoer } from "@/lib/wizard/vragen/testhulp";
import { zorgverlenerWaarden } from "@/lib/wizard/vragen/zorgverlener";

const wizard = await import("@/app/aanvraag/acties");
const budgetplan = await import("@/app/aanvraag/budgetplan/acties");
const delen = await import("@/app/aanvraag/delen/acties");
const gedeeld = await import("@/app/gedeeld/acties");
const versturen = await import("@/app/aanvraag/versturen/acties");

const LEEG = { fouten: {}, waarden: {} };
const VOLLEDIG: Antwoorden = doorloop(invoer());
const STORINGSPAGINA = "/storing";

/** What the database drivers throw when the disk is full, the file read-only, or the server gone. */
const FOUTEN: Record<string, () => Error> = {
  "SQLite: disk full": () => new Database.SqliteError("database or disk is full", "SQLITE_FULL"),
  "SQLite: I/O error": () => new Database.SqliteError("disk I/O error", "SQLITE_IOERR_WRITE"),
  "SQLite: busy beyond its timeout": () => new Database.SqliteError("database is locked", "SQLITE_BUSY"),
  "SQLite: read-only file": () => new Database.SqliteError("attempt to write a readonly database", "SQLITE_READONLY"),
  "PostgreSQL: refused": () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
  "PostgreSQL: connection lost": () => new Error("Connection terminated unexpectedly"),
  "PostgreSQL: pool timeout": () => new Error("timeout exceeded when trying to connect"),
  "PostgreSQL: disk full": () => Object.assign(new Error("could not extend file"), { code: "53100" }),
  "PostgreSQL: shutting down": () => Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
};

/** Makes every call of `methode` on the harness's store fail with `fout`. */
function faalt(methode: keyof DraftStore, fout: () => Error): void {
  vi.spyOn(h.opslag().store, methode).mockImplementation(async () => {
    throw fout();
  });
}

function posted(velden: [string, string][]): FormData {
  return h.formData(velden);
}

/** The form status of a save that failed: says so, keeps every posted answer, no field errors. */
function verwachtNietBewaard(uitkomst: h.Uitkomst<unknown>, velden: [string, string][]): void {
  expect(uitkomst.soort).toBe("status");
  if (uitkomst.soort !== "status") return;
  expect(h.isFormulierStatus(uitkomst.status)).toBe(true);
  expect(uitkomst.status).toMatchObject({ fouten: {}, nietBewaard: true });
  const waarden = (uitkomst.status as { waarden: Record<string, unknown> }).waarden;
  // The engine's hidden fields (stap, vraag, versie) are in the page already, not in the values.
  for (const [naam, waarde] of velden) if (!["stap", "vraag", "versie"].includes(naam)) expect(waarden[naam], naam).toEqual(waarde);
}

let stil: ReturnType<typeof vi.spyOn>;
beforeEach(async () => {
  await h.nieuweOpslag();
  h.nieuwVerzoek();
  stil = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("a store that fails: the form comes back with the answers and says nothing was saved", () => {
  it.each(Object.entries(FOUTEN))("%s, on saving an answer", async (_naam, fout) => {
    await h.zetDraft(VOLLEDIG);
    faalt("bewaar", fout);
    const velden: [string, string][] = [["stap", "indicatie"], ["vraag", "heeft-indicatie"], ["heeftIndicatie", "nee"], ["versie", "1"]];
    verwachtNietBewaard(await h.roep(() => wizard.beantwoord(LEEG, posted(velden))), velden);
    // Logged for the operator, without anything the person typed.
    expect(stil).toHaveBeenCalled();
    expect(JSON.stringify(stil.mock.calls)).not.toContain("heeftIndicatie");
    vi.restoreAllMocks();
    expect(await h.ruweDraft()).toMatchObject({ status: "ok", versie: 1 });
  });

  it("on reading the draft before saving (the database is gone)", async () => {
    await h.zetDraft(VOLLEDIG);
    faalt("lees", FOUTEN["PostgreSQL: refused"] ?? (() => new Error()));
    const velden: [string, string][] = [["stap", "indicatie"], ["vraag", "heeft-indicatie"], ["heeftIndicatie", "ja"], ["versie", "1"]];
    verwachtNietBewaard(await h.roep(() => wizard.beantwoord(LEEG, posted(velden))), velden);
  });

  it("on the start page, for a new draft and for an existing one", async () => {
    faalt("maak", FOUTEN["SQLite: disk full"] ?? (() => new Error()));
    const velden: [string, string][] = [["voorWie", "familie"], ["naamAanvrager", "Bartholomeus"]];
    verwachtNietBewaard(await h.roep(() => wizard.startAanvraag(LEEG, posted(velden))), velden);
    // No cookie for a draft that does not exist.
    expect(h.koekje(h.SESSIE_COOKIE)).toBeUndefined();

    vi.restoreAllMocks();
    await h.zetDraft({ voorWie: "zelf" });
    faalt("bewaar", FOUTEN["SQLite: disk full"] ?? (() => new Error()));
    verwachtNietBewaard(await h.roep(() => wizard.startAanvraag(LEEG, posted([...velden, ["versie", "1"]]))), velden);
  });

  it("on saving a zorgverlener of the budgetplan", async () => {
    await h.zetDraft(VOLLEDIG);
    faalt("bewaar", FOUTEN["SQLite: I/O error"] ?? (() => new Error()));
    const velden = Object.entries(zorgverlenerWaarden({ ...BROCHURE_ZORGVERLENER, naam: "Cornelia Zorgzaam" })).flatMap(([naam, w]) =>
      [w].flat().map((x) => [naam, x] as [string, string]),
    );
    const uitkomst = await h.roep(() => budgetplan.bewaarZorgverlener(LEEG, posted([...velden, ["id", "nieuw"], ["versie", "1"]])));
    verwachtNietBewaard(uitkomst, velden.filter(([naam]) => naam === "naam" || naam === "plaats"));
    expect((await h.ruweDraft()).status).toBe("ok");
  });

  it("on signing, and on making a share link", async () => {
    await h.zetDraft(VOLLEDIG);
    faalt("bewaar", FOUTEN["PostgreSQL: connection lost"] ?? (() => new Error()));
    const teken: [string, string][] = [["naam", "Piet Jansen"], ["akkoord", "ja"], ["versie", "1"]];
    verwachtNietBewaard(await h.roep(() => delen.ondertekenZelf(LEEG, posted(teken))), teken);

    faalt("maakDeellink", FOUTEN["SQLite: read-only file"] ?? (() => new Error()));
    const link: [string, string][] = [["rol", "meekijken"], ["geldig", "7"]];
    verwachtNietBewaard(await h.roep(() => delen.maakDeellink(LEEG, posted(link))), link);
  });

  it("on the gewaarborgde hulp's signature through a share link", async () => {
    const { toegang } = await h.zetDraft(VOLLEDIG);
    const gh = await h.opslag().deellinken.maak(toegang, "gewaarborgde-hulp", null, new Date());
    if (gh.status !== "ok") throw new Error(gh.status);
    h.nieuwVerzoek();
    h.zetKoekje(h.DEEL_COOKIE, gh.link.token);
    faalt("bewaar", FOUTEN["PostgreSQL: disk full"] ?? (() => new Error()));
    const velden: [string, string][] = [["naam", "Ans de Vries"], ["geschikt", "ja"], ["wijzigingen", "ja"], ["versie", "1"]];
    verwachtNietBewaard(await h.roep(() => gedeeld.ondertekenAlsGh(LEEG, posted(velden))), velden);
  });
});

describe("a store that fails: buttons without typed input lead to the Dutch page /storing", () => {
  it.each([
    ["bevestigStap", "bewaar", () => wizard.bevestigStap(posted([["stap", "indicatie"], ["versie", "1"]]))],
    ["verwijderGegevens", "verwijder", () => wizard.verwijderGegevens()],
    ["verwijderZorgverlener", "bewaar", () => budgetplan.verwijderZorgverlener(posted([["id", VOLLEDIG.zorgverleners?.[0]?.id ?? ""], ["versie", "1"]]))],
    ["zorgverlenersDoorgaan", "bewaar", () => budgetplan.zorgverlenersDoorgaan(posted([["versie", "1"]]))],
    ["trekDeellinkIn", "verwijderDeellink", () => delen.trekDeellinkIn(posted([["link", "abc"]]))],
    ["meldVerstuurd", "bewaar", () => versturen.meldVerstuurd(posted([["verstuurd", "ja"], ["versie", "1"]]))],
  ] as const)("%s", async (_naam, methode, actie) => {
    await h.zetDraft(VOLLEDIG);
    faalt(methode, FOUTEN["SQLite: disk full"] ?? (() => new Error()));
    expect(await h.roep(actie)).toEqual({ soort: "doorverwezen", pad: STORINGSPAGINA, via: "redirect" });
    // The cookie of a draft that could not be removed stays: the person can try again.
    expect(h.koekje(h.SESSIE_COOKIE)).toBeDefined();
  });
});

describe("what counts as a store failure", () => {
  it("a bug is not a store failure: it is not swallowed", async () => {
    await h.zetDraft(VOLLEDIG);
    faalt("bewaar", () => new TypeError("x is undefined"));
    await expect(h.roep(() => wizard.beantwoord(LEEG, posted([["stap", "indicatie"], ["vraag", "heeft-indicatie"], ["heeftIndicatie", "ja"], ["versie", "1"]])))).rejects.toThrow(TypeError);
  });

  it("classifies driver errors, and leaves constraints, bugs and Next's redirects alone", () => {
    for (const maak of Object.values(FOUTEN)) expect(isOpslagStoring(maak())).toBe(true);
    expect(isOpslagStoring(new Database.SqliteError("UNIQUE constraint failed: drafts.id", "SQLITE_CONSTRAINT_PRIMARYKEY"))).toBe(false);
    expect(isOpslagStoring(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isOpslagStoring(new RangeError("ongeldige datum"))).toBe(false);
    expect(isOpslagStoring(Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/;307;" }))).toBe(false);
    expect(isOpslagStoring("SQLITE_FULL")).toBe(false);
  });

  it("the text names what happened and what to do", () => {
    expect(vraagFormulier.nietBewaard.titel).toBe("Uw antwoorden zijn niet bewaard");
    expect(vraagFormulier.nietBewaard.tekst).toMatch(/probeer het over een paar minuten opnieuw/i);
  });
});
