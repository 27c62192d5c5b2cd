/**
 * Security (docs/decisions/024-foutpaden.md): fuzzing every server action of the wizard, the budgetplan, sharing, the
 * "verstuurd" tick and the gewaarborgde hulp's signature with arbitrary FormData (and the pages and buttons that open links) (fast-check, fixed seed, ≥ 1000 runs per
 * property). Two promises are held:
 *
 * 1. An action ends the way Next expects: it returns a FormulierStatus (plain data React can send
 *    to the browser) or redirects. Any other exception would be an error page for the person.
 * 2. The draft it leaves behind parses with `antwoordenSchema` as a whole. `leesAntwoorden`
 *    silently DROPS a field that fails the schema, so a field an action stores wrongly would
 *    otherwise vanish at the next page load without anyone noticing.
 *
 * The forms start valid and are then mutated (fields dropped, repeated, replaced, added, files
 * instead of text, huge or odd text), so most runs get past the first check and into the code
 * that stores. Every run starts from a fresh state; one property also chains several actions.
 */
import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
// The harness first: it registers the mocks before any module below imports Next or the store.
import * as h from "@/tests/lib/acties";
import { formatToken, parseToken, type DraftToegang } from "@/lib/drafts/drafts";
import { antwoordenSchema, type Antwoorden } from "@/lib/wizard/antwoorden";
import { STAPPEN } from "@/lib/wizard/stappen";
import { VRAGEN } from "@/lib/wizard/vragen";
import { BROCHURE_ZORGVERLENER, doorloop, invoer } from "@/lib/wizard/vragen/testhulp";
import { zorgverlenerVelden, zorgverlenerWaarden } from "@/lib/wizard/vragen/zorgverlener";
import type { Waarden } from "@/lib/wizard/types";

const wizard = await import("@/app/aanvraag/acties");
const budgetplan = await import("@/app/aanvraag/budgetplan/acties");
const delen = await import("@/app/aanvraag/delen/acties");
const gedeeld = await import("@/app/gedeeld/acties");
const versturen = await import("@/app/aanvraag/versturen/acties");
const { default: hervatPagina } = await import("@/app/hervat/page");
const { POST: hervatOpenen } = await import("@/app/hervat/openen/route");
const { default: gedeeldPagina } = await import("@/app/gedeeld/page");
const { POST: gedeeldOpenen } = await import("@/app/gedeeld/openen/route");

/** Fixed: a failure is reproducible from the seed and the path fast-check prints. */
const CONFIG = { seed: 20261124, numRuns: 1000 } as const;
// About 1–3 s per property on an idle machine; generous, because CI shares its two cores.
vi.setConfig({ testTimeout: 120_000 });
const LEEG = { fouten: {}, waarden: {} };

// ---------------------------------------------------------------------------------------------
// Start states: answers as far as a person gets by walking the journey (lib/wizard testhulp).

const VOLLEDIG: Antwoorden = doorloop(invoer());
/** A gewaarborgde hulp who fills it in themselves: signs with the AV-04 statements, no gh link. */
const GH_ZELF: Antwoorden = doorloop(invoer(), { voorWie: "gewaarborgde-hulp", naamAanvrager: "Piet" });
const ZONDER_GH: Antwoorden = doorloop(
  invoer({ "gewaarborgde-hulp": { heeftGewaarborgdeHulp: "nee" }, ondertekening: { naam1: "Piet Jansen", relatie1: "zelf", datum1: "" } }),
);
const BEGIN_ANTWOORDEN = { VOLLEDIG, GH_ZELF, ZONDER_GH, ALLEEN_START: { voorWie: "zelf" } satisfies Antwoorden } as const;
type BeginNaam = keyof typeof BEGIN_ANTWOORDEN | "geen" | "kapot-cookie" | "onbekende-draft";

// ---------------------------------------------------------------------------------------------
// Form values.

/** Text no form offers: control characters, odd Unicode, numbers that are not, SQL and HTML. */
const vreemdeTekst = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  // "binary" also yields lone surrogates; FormData turns them into U+FFFD, as a browser would.
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\t\r\n",
    "\u00a0",
    "\u200b\ufeff",
    "\u2028\u2029",
    "\u202e",
    "ja ",
    " JA",
    "0",
    "-0",
    "-1",
    "1e309",
    "NaN",
    "Infinity",
    "9007199254740993",
    "0x10",
    "1,5",
    "999999999999999999999",
    "2026-02-30",
    "31-12-9999",
    "__proto__",
    "constructor",
    "'; DROP TABLE drafts; --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
  ),
);
/** Far past every bound: 201 to 100 000 characters, also of astral characters (2 UTF-16 units each). */
const enormeTekst = fc
  .tuple(fc.constantFrom("a", " ", "é", "😀", "9", "\u0000", "e\u0301"), fc.integer({ min: 150, max: 100_000 }))
  .map(([teken, n]) => teken.repeat(n));
const bestand = fc
  .tuple(fc.uint8Array({ maxLength: 64 }), fc.constantFrom("", "a.txt", "ja", "../x.pdf"), fc.constantFrom("", "text/plain", "application/pdf"))
  .map(([bytes, naam, type]) => new File([bytes], naam, { type }));
const vreemdeWaarde: fc.Arbitrary<string | File> = fc.oneof(
  { weight: 6, arbitrary: vreemdeTekst },
  { weight: 2, arbitrary: enormeTekst },
  { weight: 1, arbitrary: bestand },
);

const CTX = { antwoorden: VOLLEDIG, aanspreking: { zelf: true, naam: "u" } };
/** Every value some form offers (options, the journey's own answers), by field name. */
const PLAUSIBEL = new Map<string, Set<string>>();
function plausibel(naam: string, waarde: string): void {
  if (!PLAUSIBEL.has(naam)) PLAUSIBEL.set(naam, new Set());
  PLAUSIBEL.get(naam)?.add(waarde);
}
for (const vraag of VRAGEN) {
  for (const veld of vraag.velden(CTX)) {
    plausibel(veld.naam, "");
    if (veld.soort === "radio" || veld.soort === "checkboxes") for (const optie of veld.opties) plausibel(veld.naam, optie.waarde);
  }
}
for (const veld of zorgverlenerVelden()) if (veld.soort === "radio" || veld.soort === "checkboxes") for (const o of veld.opties) plausibel(veld.naam, o.waarde);
for (const waarden of [...Object.values(invoer()), zorgverlenerWaarden(BROCHURE_ZORGVERLENER)]) {
  for (const [naam, w] of Object.entries(waarden ?? {})) for (const x of [w].flat()) plausibel(naam, x);
}
for (const [naam, waarden] of Object.entries({
  voorWie: ["zelf", "gewaarborgde-hulp", "wettelijk-vertegenwoordiger", "familie"],
  naamAanvrager: ["Jan", ""],
  naam: ["Ans de Vries", "  ans   DE vries ", "Piet Jansen", "Ans de Vriës"],
  akkoord: ["ja"],
  geschikt: ["ja"],
  wijzigingen: ["ja"],
  rol: ["meekijken", "gewaarborgde-hulp"],
  geldig: ["7", "14", "aanvraag", "0", "-7", "1e9"],
  id: ["nieuw", "moeder", "onbekend"],
  stap: [...STAPPEN.map((s) => s.slug), "controleren"],
  vraag: VRAGEN.map((v) => v.slug),
})) {
  for (const w of waarden) plausibel(naam, w);
}
const ALLE_NAMEN = [...PLAUSIBEL.keys()];
const PLAUSIBELE_PAREN = [...PLAUSIBEL.entries()].flatMap(([naam, set]) => [...set].map((w) => [naam, w] as const));

/** Field names no form has, or has for the engine: Next's $ACTION_ fields, prototype keys. */
const vreemdeNaam = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "$ACTION_ID_0", "$ACTION_REF_1", "$ACTION_1:0", "versie", "terug", "", " "),
);

type Veld = h.Veld;

/** One extra field: a value some form offers, a known name with odd text, or odd both. */
const extraVeld: fc.Arbitrary<Veld> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PLAUSIBELE_PAREN) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...ALLE_NAMEN), vreemdeWaarde) },
  { weight: 2, arbitrary: fc.tuple(vreemdeNaam, vreemdeWaarde) },
);

interface Mutatie {
  weg: number[];
  vervang: [number, string | File][];
  /** The name of field i once more, with another value: a text field posted twice. */
  dubbel: [number, string | File][];
  extra: Veld[];
  versie: "huidig" | "oud" | "vreemd";
  vreemdeVersie: string;
}

const GEEN_MUTATIE: Mutatie = { weg: [], vervang: [], dubbel: [], extra: [], versie: "huidig", vreemdeVersie: "" };

/** How a valid form is spoiled; one run in five posts it as the page would, with its version. */
const mutatie: fc.Arbitrary<Mutatie> = fc.oneof({ weight: 1, arbitrary: fc.constant(GEEN_MUTATIE) }, { weight: 4, arbitrary: fc.record({
  weg: fc.array(fc.nat(20), { maxLength: 3 }),
  vervang: fc.array(fc.tuple(fc.nat(20), fc.oneof(vreemdeWaarde, fc.constantFrom(...PLAUSIBELE_PAREN.map(([, w]) => w)))), { maxLength: 3 }),
  dubbel: fc.array(fc.tuple(fc.nat(20), fc.oneof(vreemdeWaarde, fc.constantFrom(...PLAUSIBELE_PAREN.map(([, w]) => w)))), { maxLength: 2 }),
  extra: fc.array(extraVeld, { maxLength: 6 }),
  versie: fc.constantFrom("huidig", "huidig", "huidig", "huidig", "oud", "vreemd"),
  vreemdeVersie: fc.oneof(vreemdeTekst, fc.constantFrom("1", "2.5", "1e3", String(2 ** 53))),
}) });

function alsVelden(waarden: Waarden): Veld[] {
  return Object.entries(waarden).flatMap(([naam, w]) => [w].flat().map((x) => [naam, x] as const));
}

/** The valid form with the mutation applied, and `versie` as the page would have put it in. */
function pas(basis: readonly Veld[], m: Mutatie, versie: number): FormData {
  let velden: Veld[] = basis.filter((_, i) => !m.weg.includes(i));
  for (const [i, waarde] of m.vervang) {
    const veld = velden[i % Math.max(velden.length, 1)];
    if (veld !== undefined) velden = velden.map((v) => (v === veld ? [veld[0], waarde] : v));
  }
  for (const [i, waarde] of m.dubbel) {
    const veld = velden[i % Math.max(velden.length, 1)];
    if (veld !== undefined) velden.push([veld[0], waarde]);
  }
  const versieWaarde = m.versie === "huidig" ? String(versie) : m.versie === "oud" ? String(Math.max(versie - 1, 0)) : m.vreemdeVersie;
  return h.formData([...velden, ["versie", versieWaarde], ...m.extra]);
}

// ---------------------------------------------------------------------------------------------
// Running one action and checking what it left.

interface Begin {
  /** The owner's draft, when the start state has one; opened afterwards to check it. */
  eigenaar: DraftToegang | null;
  versie: number;
  /** A gewaarborgde-hulp link and a meekijken link of that draft. */
  links: { gh: string; meekijken: string; ghId: string } | null;
}

async function begin(naam: BeginNaam, metLinks = false): Promise<Begin> {
  h.nieuwVerzoek();
  if (naam === "geen") return { eigenaar: null, versie: 0, links: null };
  if (naam === "kapot-cookie") {
    h.zetKoekje(h.SESSIE_COOKIE, "dit-is-geen-token");
    return { eigenaar: null, versie: 0, links: null };
  }
  if (naam === "onbekende-draft") {
    h.zetKoekje(h.SESSIE_COOKIE, formatToken({ id: "A".repeat(22), sleutel: Buffer.alloc(32, 7) }));
    return { eigenaar: null, versie: 0, links: null };
  }
  const { toegang, versie } = await h.zetDraft(BEGIN_ANTWOORDEN[naam]);
  if (!metLinks) return { eigenaar: toegang, versie, links: null };
  const nu = new Date();
  const gh = await h.opslag().deellinken.maak(toegang, "gewaarborgde-hulp", null, nu);
  const meekijken = await h.opslag().deellinken.maak(toegang, "meekijken", null, nu);
  if (gh.status !== "ok" || meekijken.status !== "ok") throw new Error("kon geen links maken");
  return { eigenaar: toegang, versie, links: { gh: gh.link.token, meekijken: meekijken.link.token, ghId: gh.link.id } };
}

/** React can send only plain objects and arrays of them to the browser (a class or odd prototype fails). */
function isGewoneData(waarde: unknown): boolean {
  if (typeof waarde === "string" || typeof waarde === "boolean" || typeof waarde === "number" || waarde === undefined) return true;
  if (Array.isArray(waarde)) return Object.getPrototypeOf(waarde) === Array.prototype && waarde.every(isGewoneData);
  if (typeof waarde !== "object" || waarde === null) return false;
  return Object.getPrototypeOf(waarde) === Object.prototype && Object.values(waarde).every(isGewoneData);
}

function controleerUitkomst(uitkomst: h.Uitkomst<unknown>): void {
  if (uitkomst.soort === "doorverwezen") {
    expect(uitkomst.via).toBe("redirect");
    // A path on this site; never an absolute URL that could lead elsewhere.
    expect(uitkomst.pad).toMatch(/^\/(?!\/)/);
    return;
  }
  if (uitkomst.status === undefined) return; // a void action that ended without redirecting
  if (!h.isFormulierStatus(uitkomst.status)) expect.fail(`not a FormulierStatus: ${JSON.stringify(uitkomst.status)?.slice(0, 300)}`);
  // React sends the status to the browser as data: an object with another prototype arrives as
  // something else (an array prototype makes `waarden` an array), and the typed values are lost.
  if (!isGewoneData(uitkomst.status)) expect.fail(`a FormulierStatus that is not plain data (waarden's prototype: ${JSON.stringify(Object.getPrototypeOf(uitkomst.status.waarden))})`);
}

/** Whole-schema check of one stored draft; the message names the fields that fail. */
async function controleerDraft(toegang: DraftToegang | null, magWeg = false): Promise<void> {
  if (toegang === null) return;
  const open = await h.opslag().drafts.open(toegang, new Date());
  if (open.status !== "ok") {
    expect(magWeg, `draft ${open.status} after the action`).toBe(true);
    expect(open.status).toBe("niet-gevonden");
    return;
  }
  const uitslag = antwoordenSchema.safeParse(open.antwoorden);
  const fouten = uitslag.success ? "" : uitslag.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  expect(uitslag.success, `stored draft fails antwoordenSchema: ${fouten}`).toBe(true);
}

/** The session cookie's draft, whatever the action did with it (a new one after startAanvraag). */
async function controleerSessie(magWeg = false): Promise<void> {
  const draft = await h.ruweDraft();
  if (draft.status === "geen-cookie" || draft.status === "sleutel-onjuist" || draft.status === "niet-gevonden") {
    // Only a cookie the start state put there can be broken, and then nothing may have been made.
    return;
  }
  expect(draft.status === "ok" || magWeg).toBe(true);
  if (draft.status === "ok") {
    const uitslag = antwoordenSchema.safeParse(draft.antwoorden);
    expect(uitslag.success, uitslag.success ? "" : JSON.stringify(uitslag.error.issues).slice(0, 500)).toBe(true);
  }
}

/**
 * What the runs of one property reached. A fuzz whose every run is refused at the first check
 * proves little, so the properties below also require some runs to get through and save.
 */
const telling = { bewaard: 0, fouten: 0, gewijzigd: 0, doorverwezen: 0 };
function nieuweTelling(): typeof telling {
  Object.assign(telling, { bewaard: 0, fouten: 0, gewijzigd: 0, doorverwezen: 0 });
  return telling;
}

async function voerUit(begin: Begin, actie: () => Promise<unknown>, magWeg = false): Promise<h.Uitkomst<unknown>> {
  const sessieVoor = h.koekje(h.SESSIE_COOKIE);
  const uitkomst = await h.roep(actie);
  controleerUitkomst(uitkomst);
  await controleerDraft(begin.eigenaar, magWeg);
  await controleerSessie(magWeg);
  let bewaard = h.koekje(h.SESSIE_COOKIE) !== sessieVoor && (await h.ruweDraft()).status === "ok";
  if (begin.eigenaar !== null) {
    const na = await h.opslag().drafts.open(begin.eigenaar, new Date());
    // One action saves at most once, based on the version it was given.
    if (na.status === "ok" && !magWeg) expect([begin.versie, begin.versie + 1]).toContain(na.versie);
    if (na.status === "ok" && na.versie > begin.versie) bewaard = true;
  }
  if (bewaard) telling.bewaard++;
  if (uitkomst.soort === "doorverwezen") telling.doorverwezen++;
  else if (h.isFormulierStatus(uitkomst.status) && uitkomst.status.gewijzigd === true) telling.gewijzigd++;
  else if (h.isFormulierStatus(uitkomst.status) && Object.keys(uitkomst.status.fouten).length > 0) telling.fouten++;
  return uitkomst;
}

/** At least `deel` of the runs reached each of the given outcomes. */
function verwachtBereikt(t: typeof telling, uitkomsten: Partial<Record<keyof typeof telling, number>>): void {
  for (const [uitkomst, deel] of Object.entries(uitkomsten)) {
    expect(t[uitkomst as keyof typeof telling], `${uitkomst} in ${JSON.stringify(t)}`).toBeGreaterThanOrEqual(CONFIG.numRuns * deel);
  }
}

const beginToestand = fc.constantFrom<BeginNaam>("VOLLEDIG", "VOLLEDIG", "VOLLEDIG", "GH_ZELF", "ZONDER_GH", "ALLEEN_START", "geen", "kapot-cookie", "onbekende-draft");

beforeAll(async () => {
  await h.nieuweOpslag();
  // The start states are what they claim: valid as a whole, so any failure is the action's.
  for (const a of Object.values(BEGIN_ANTWOORDEN)) expect(antwoordenSchema.safeParse(a).success).toBe(true);
});

// ---------------------------------------------------------------------------------------------

describe("fuzzing the wizard's actions (app/aanvraag/acties.ts)", () => {
  it("the harness works: a valid start makes a draft and redirects to the overview", async () => {
    h.nieuwVerzoek();
    const uitkomst = await h.roep(() => wizard.startAanvraag(LEEG, h.formData([["voorWie", "familie"], ["naamAanvrager", "Jan"]])));
    expect(uitkomst).toEqual({ soort: "doorverwezen", pad: "/aanvraag", via: "redirect" });
    expect(await h.ruweDraft()).toMatchObject({ status: "ok", versie: 1, antwoorden: { voorWie: "familie", naamAanvrager: "Jan" } });
    expect(h.koekjeOpties(h.SESSIE_COOKIE)).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
  });

  it("a form cannot give the values it gets back another prototype (two `__proto__` fields)", async () => {
    // `waarden[naam] = [...]` with naam "__proto__" calls the prototype setter: the returned
    // values then inherit from the posted array, and React sends them to the browser AS that
    // array (["a","b"]), so the form shows none of what was typed.
    h.nieuwVerzoek();
    const uitkomst = await h.roep(() => wizard.startAanvraag(LEEG, h.formData([["voorWie", "x"], ["__proto__", "a"], ["__proto__", "b"]])));
    controleerUitkomst(uitkomst);
  });

  it("startAanvraag: any form, with or without a draft", async () => {
    const t = nieuweTelling();
    await fc.assert(
      fc.asyncProperty(beginToestand, fc.constantFrom("zelf", "familie", "gewaarborgde-hulp"), mutatie, async (toestand, voorWie, m) => {
        const b = await begin(toestand);
        await voerUit(b, () => wizard.startAanvraag(LEEG, pas([["voorWie", voorWie], ["naamAanvrager", "Jan"]], m, b.versie)));
      }),
      CONFIG,
    );
    verwachtBereikt(t, { bewaard: 0.1, fouten: 0.1 });
  });

  // Every stap/vraag pair of the registry, each with its own valid form from the journey data.
  const PAREN = VRAGEN.map((vraag) => ({ vraag, basis: [["stap", vraag.stap], ["vraag", vraag.slug], ...alsVelden(invoer()[vraag.slug] ?? {})] as Veld[] }));

  it(`beantwoord: every one of the ${VRAGEN.length} questions, with mutated forms`, async () => {
    const t = nieuweTelling();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PAREN),
        fc.constantFrom<BeginNaam>("VOLLEDIG", "VOLLEDIG", "VOLLEDIG", "GH_ZELF", "ZONDER_GH", "ALLEEN_START"),
        mutatie,
        async ({ basis }, toestand, m) => {
          const b = await begin(toestand);
          // `stap` and `vraag` stay first (indices 0 and 1), so most mutations hit the answers.
          await voerUit(b, () => wizard.beantwoord(LEEG, pas(basis, m, b.versie)));
        },
      ),
      CONFIG,
    );
    verwachtBereikt(t, { bewaard: 0.1, fouten: 0.05, gewijzigd: 0.01 });
  });

  it("beantwoord: every question accepts its own valid form and stores a valid draft", async () => {
    // Not random: the unmutated forms must all pass, or the property above mostly tests errors.
    for (const { vraag, basis } of PAREN) {
      const b = await begin("VOLLEDIG");
      const uitkomst = await voerUit(b, () => wizard.beantwoord(LEEG, h.formData([...basis, ["versie", String(b.versie)]])));
      expect(uitkomst.soort, vraag.slug).toBe("doorverwezen");
    }
  });

  it("beantwoord: any stap and vraag, matching or not, from any state", async () => {
    const slug = fc.oneof(fc.constantFrom(...VRAGEN.map((v) => v.slug), ...STAPPEN.map((s) => s.slug), "controleren"), vreemdeTekst);
    const t = nieuweTelling();
    await fc.assert(
      fc.asyncProperty(beginToestand, slug, slug, fc.array(extraVeld, { maxLength: 10 }), async (toestand, stap, vraag, extra) => {
        const b = await begin(toestand);
        await voerUit(b, () => wizard.beantwoord(LEEG, h.formData([["stap", stap], ["vraag", vraag], ["versie", String(b.versie)], ...extra])));
      }),
      CONFIG,
    );
    verwachtBereikt(t, { doorverwezen: 0.9 });
  });

  it("bevestigStap: any stap, any version", async () => {
    const stap = fc.oneof(fc.constantFrom(...STAPPEN.map((s) => s.slug)), vreemdeTekst);
    const t = nieuweTelling();
    await fc.assert(
      fc.asyncProperty(beginToestand, stap, mutatie, async (toestand, s, m) => {
        const b = await begin(toestand);
        await voerUit(b, () => wizard.bevestigStap(pas([["stap", s]], m, b.versie)));
      }),
      CONFIG,
    );
    verwachtBereikt(t, { bewaard: 0.05 });
  });

  it("verwijderGegevens: always redirects home; the draft and the cookie are gone", async () => {
    const t = nieuweTelling();
    await fc.assert(
      fc.asyncProperty(beginToestand, async (toestand) => {
        const b = await begin(toestand, toestand === "VOLLEDIG");
        const uitkomst = await voerUit(b, () => wizard.verwijderGegevens(), true);
        expect(uitkomst).toMatchObject({ soort: "doorverwezen", pad: "/?verwijderd=1" });
        if (b.eigenaar !== null) {
          expect(await h.opslag().drafts.open(b.eigenaar, new Date())).toEqual({ status: "niet-gevonden" });
          expect(h.koekje(h.SESSIE_COOKIE)).toBeUndefined();
        }
        if (b.links !== null) {
          // Its share links went with it.
          const link = parseToken(b.links.gh);
          expect(link && (await h.opslag().deellinken.open(link, new Date()))).toEqual({ status: "niet-gevonden" });
        }
      }),
      CONFIG,
    );
    verwachtBereikt(t, { doorverwezen: 1 });
  });
});

describe("fuzzing the 'verstuurd' tick (app/aanvraag/versturen/acties.ts)", () => {
  it("meldVerstuurd: any form, from any state; ticked, the day is stored as jjjj-mm-dd", async () => {
    const aangevinkt = fc.oneof(fc.constant("ja"), vreemdeTekst);
    const t = nieuweTelling();
    await fc.assert(
      fc.asyncProperty(beginToestand, aangevinkt, mutatie, async (toestand, v, m) => {
        const b = await begin(toestand);
        await voerUit(b, () => versturen.meldVerstuurd(pas([["verstuurd", v]], m, b.versie)));
      }),
      CONFIG,
    );
    verwachtBereikt(t, { bewaard: 0.05, doorverwezen: 1 });
  });
});

describe("fuzzing the budgetplan's actions (app/aanvraag/budgetplan/acties.ts)", () => {
  const ZV_BASIS = alsVelden(zorgverlenerWaarden(BROCHURE_ZORGVERLENER));

  it("bewaarZorgverlener: new or existing, with mutated forms", async () => {
    const t = nieuweTelling();
    await fc.assert(
      fc.asyncProperty(beginToestand, fc.constantFrom("nieuw", "nieuw", "moeder", "onbekend"), mutatie, async (toestand, id, m) => {
        const b = await begin(toestand);
        await voerUit(b, () => budgetplan.bewaarZorgverlener(LEEG, pas([...ZV_BASIS, ["id", id]], m, b.versie)));
      }),
      CONFIG,
    );
    verwachtBereikt(t, { bewaard: 0.03, fouten: 0.1, gewijzigd: 0.05 });
  });

  it("bewaarZorgverlener: adding up to and past MAX_ZORGVERLENERS keeps the draft valid", async () => {
    const b = await begin("VOLLEDIG");
    let versie = b.versie;
    for (let i = 0; i < 55; i++) {
      const uitkomst = await voerUit({ ...b, versie }, () =>
        budgetplan.bewaarZorgverlener(LEEG, h.formData([...ZV_BASIS, ["id", "nieuw"], ["versie", String(versie)]])),
      );
      expect(uitkomst.soort).toBe("doorverwezen");
      versie = await h.huidigeVersie();
    }
    const draft = await h.ruweDraft();
    expect(draft.status === "ok" && (draft.antwoorden as Antwoorden).zorgverleners?.length).toBe(50);
  });

  it("verwijderZorgverlener and zorgverlenersDoorgaan: any id, any version", async () => {
    const t = nieuweTelling();
    await fc.assert(
      fc.asyncProperty(
        beginToestand,
        fc.boolean(),
        fc.oneof(fc.constantFrom("moeder", "nieuw", ""), vreemdeTekst),
        mutatie,
        async (toestand, verwijder, id, m) => {
          const b = await begin(toestand);
          await voerUit(b, () => (verwijder ? budgetplan.verwijderZorgverlener(pas([["id", id]], m, b.versie)) : budgetplan.zorgverlenersDoorgaan(pas([], m, b.versie))));
        },
      ),
      CONFIG,
    );
    verwachtBereikt(t, { bewaard: 0.1 });
  });
});

describe("fuzzing sharing and signing (app/aanvraag/delen/acties.ts)", () => {
  const ONDERTEKEN = [
    ["naam", "Piet Jansen"],
    ["akkoord", "ja"],
    ["geschikt", "ja"],
    ["wijzigingen", "ja"],
  ] as const satisfies readonly Veld[];

  it("ondertekenZelf: with mutated forms, as applicant or as gewaarborgde hulp", async () => {
    const t = nieuweTelling();
    await fc.assert(
      fc.asyncProperty(beginToestand, mutatie, async (toestand, m) => {
        const b = await begin(toestand);
        await voerUit(b, () => delen.ondertekenZelf(LEEG, pas(ONDERTEKEN, m, b.versie)));
      }),
      CONFIG,
    );
    verwachtBereikt(t, { bewaard: 0.1, fouten: 0.1, gewijzigd: 0.01 });
  });

  it("maakDeellink: any role and duration", async () => {
    const t = nieuweTelling();
    await fc.assert(
      fc.asyncProperty(beginToestand, fc.constantFrom("meekijken", "gewaarborgde-hulp"), fc.constantFrom("7", "14", "aanvraag"), mutatie, async (toestand, rol, geldig, m) => {
        const b = await begin(toestand);
        const uitkomst = await voerUit(b, () => delen.maakDeellink(LEEG, pas([["rol", rol], ["geldig", geldig]], m, b.versie)));
        if (uitkomst.soort === "doorverwezen" && uitkomst.pad.startsWith("/aanvraag/delen?nieuw=") && b.eigenaar !== null) {
          // The link it made opens this draft.
          const links = await h.opslag().deellinken.lijst(b.eigenaar, new Date());
          expect(links.map((l) => `/aanvraag/delen?nieuw=${l.id}`)).toContain(uitkomst.pad);
        }
      }),
      CONFIG,
    );
    verwachtBereikt(t, { fouten: 0.1, doorverwezen: 0.2 });
  });

  it("trekDeellinkIn: any link id, the draft's own or not", async () => {
    const t = nieuweTelling();
    await fc.assert(
      fc.asyncProperty(beginToestand, fc.oneof(fc.constant("eigen"), vreemdeTekst), fc.array(extraVeld, { maxLength: 4 }), async (toestand, keuze, extra) => {
        const b = await begin(toestand, toestand !== "geen" && toestand !== "kapot-cookie" && toestand !== "onbekende-draft");
        const link = keuze === "eigen" && b.links !== null ? b.links.ghId : keuze;
        await voerUit(b, () => delen.trekDeellinkIn(h.formData([["link", link], ...extra])));
      }),
      CONFIG,
    );
    verwachtBereikt(t, { doorverwezen: 1 });
  });
});

describe("fuzzing the gewaarborgde hulp's signature (app/gedeeld/acties.ts)", () => {
  const GH_FORM = [
    ["naam", "Ans de Vries"],
    ["geschikt", "ja"],
    ["wijzigingen", "ja"],
  ] as const satisfies readonly Veld[];

  it("ondertekenAlsGh: any link cookie, with or without the owner's cookie, mutated forms", async () => {
    const koekjes = fc.constantFrom("gh", "gh", "gh", "gh+eigenaar", "meekijken", "kapot", "geen");
    const t = nieuweTelling();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<BeginNaam>("VOLLEDIG", "VOLLEDIG", "GH_ZELF", "ZONDER_GH", "ALLEEN_START"), koekjes, mutatie, async (toestand, welke, m) => {
        const b = await begin(toestand, true);
        const eigen = h.koekje(h.SESSIE_COOKIE);
        h.nieuwVerzoek();
        if (welke === "gh" || welke === "gh+eigenaar") h.zetKoekje(h.DEEL_COOKIE, b.links?.gh ?? "");
        if (welke === "meekijken") h.zetKoekje(h.DEEL_COOKIE, b.links?.meekijken ?? "");
        if (welke === "kapot") h.zetKoekje(h.DEEL_COOKIE, "kapot.kapot");
        if (welke === "gh+eigenaar" && eigen !== undefined) h.zetKoekje(h.SESSIE_COOKIE, eigen);
        const uitkomst = await voerUit(b, () => gedeeld.ondertekenAlsGh(LEEG, pas(GH_FORM, m, b.versie)));
        if (welke === "meekijken" || welke === "gh+eigenaar") {
          // Refused: nothing stored.
          const na = b.eigenaar && (await h.opslag().drafts.open(b.eigenaar, new Date()));
          expect(na && na.status === "ok" ? na.versie : b.versie).toBe(b.versie);
          expect(uitkomst.soort).toBe("status");
        }
      }),
      CONFIG,
    );
    verwachtBereikt(t, { bewaard: 0.01, fouten: 0.1 });
  });

  it("the unmutated form signs for a draft that names the gewaarborgde hulp", async () => {
    const b = await begin("VOLLEDIG", true);
    h.nieuwVerzoek();
    h.zetKoekje(h.DEEL_COOKIE, b.links?.gh ?? "");
    const uitkomst = await voerUit(b, () => gedeeld.ondertekenAlsGh(LEEG, h.formData([...GH_FORM, ["versie", String(b.versie)]])));
    expect(uitkomst).toMatchObject({ soort: "doorverwezen", pad: "/gedeeld/aanvraag?ondertekend=1" });
  });
});

describe("fuzzing the pages and buttons that open links (docs/decisions/022-links-openen.md)", () => {
  /** A key: the real one, one character changed, cut short, or anything at all. */
  const sleutelVan = (echt: string) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant(echt) },
      { weight: 2, arbitrary: fc.tuple(fc.nat(echt.length - 1), fc.constantFrom("A", "_", "-", ".", "é", "")).map(([i, c]) => echt.slice(0, i) + c + echt.slice(i + 1)) },
      { weight: 1, arbitrary: fc.nat(echt.length).map((n) => echt.slice(0, n)) },
      { weight: 3, arbitrary: vreemdeTekst },
      { weight: 1, arbitrary: enormeTekst },
    );
  let adres = 0;
  /** Each run from its own address: the rate limit is tested elsewhere (tests/lib/links-openen.test.ts). */
  const vanEigenAdres = () => {
    adres++;
    const a = `10.2.${(adres >> 8) & 255}.${adres & 255}`;
    h.vanAdres(a);
    return a;
  };

  it("the GET pages: whatever the key and whatever cookies, a page or a redirect on this site, and no cookie changes", async () => {
    const b = await begin("VOLLEDIG", true);
    const eigen = h.koekje(h.SESSIE_COOKIE) ?? "";
    const links = b.links;
    if (links === null) throw new Error("geen links");
    const echtVan = { hervat: eigen, gedeeld: links.meekijken, "gedeeld-gh": links.gh } as const;
    const geval = fc
      .constantFrom("hervat", "gedeeld", "gedeeld-gh" as const)
      .chain((welk) => fc.tuple(fc.constant(welk), fc.oneof({ weight: 4, arbitrary: sleutelVan(echtVan[welk]) }, { weight: 1, arbitrary: fc.array(sleutelVan(echtVan[welk]), { maxLength: 3 }) })));
    let getoond = 0;
    await fc.assert(
      fc.asyncProperty(geval, fc.boolean(), fc.boolean(), async ([welk, sleutel], metDraft, metDeel) => {
        h.nieuwVerzoek();
        vanEigenAdres();
        if (metDraft) h.zetKoekje(h.SESSIE_COOKIE, eigen);
        if (metDeel) h.zetKoekje(h.DEEL_COOKIE, links.gh);
        const voor = [h.koekje(h.SESSIE_COOKIE), h.koekje(h.DEEL_COOKIE)];
        const pagina = welk === "hervat" ? hervatPagina : gedeeldPagina;
        const uitkomst = await h.roep(() => pagina({ searchParams: Promise.resolve({ sleutel }) }));
        if (uitkomst.soort === "doorverwezen") expect(uitkomst.pad).toMatch(/^\/(hervat|gedeeld)\/mislukt\?reden=(sleutel-onjuist|niet-gevonden|verlopen)$/);
        else {
          getoond++;
          expect(sleutel).toBe(echtVan[welk]);
        }
        expect([h.koekje(h.SESSIE_COOKIE), h.koekje(h.DEEL_COOKIE)]).toEqual(voor);
      }),
      CONFIG,
    );
    expect(getoond, "some runs have the good key and show the page").toBeGreaterThan(CONFIG.numRuns * 0.1);
  });

  it("the buttons' POST: any body; only the one good key opens, and only it lands in the cookie", async () => {
    const b = await begin("VOLLEDIG", true);
    const eigen = h.koekje(h.SESSIE_COOKIE) ?? "";
    const links = b.links;
    if (links === null) throw new Error("geen links");
    const echtVan = { hervat: eigen, gedeeld: links.gh } as const;
    let geopend = 0;
    const geval = fc.constantFrom("hervat", "gedeeld" as const).chain((welk) => {
      const echt = echtVan[welk];
      const veld = fc.oneof(
        { weight: 3, arbitrary: fc.tuple(fc.constant("sleutel"), fc.oneof(sleutelVan(echt), vreemdeWaarde)) },
        { weight: 1, arbitrary: extraVeld },
      );
      // One run in three posts what the page's form posts; the others anything.
      const velden = fc.oneof({ weight: 1, arbitrary: fc.constant<Veld[]>([["sleutel", echt]]) }, { weight: 2, arbitrary: fc.array(veld, { maxLength: 4 }) });
      return fc.tuple(fc.constant(welk), velden, fc.constantFrom("multipart", "urlencoded", "tekst", "geen"));
    });
    await fc.assert(
      fc.asyncProperty(geval, async ([welk, paren, soort]) => {
        h.nieuwVerzoek();
        const a = vanEigenAdres();
        const body =
          soort === "multipart"
            ? h.formData(paren)
            : soort === "urlencoded"
              ? new URLSearchParams(paren.map(([n, w]): [string, string] => [n, typeof w === "string" ? w : "bestand"]))
              : soort === "tekst"
                ? "sleutel="
                : null;
        const verzoek = new NextRequest(`http://localhost:3000/${welk}/openen`, { method: "POST", body, headers: h.adresKop(a) });
        const antwoord = await (welk === "hervat" ? hervatOpenen : gedeeldOpenen)(verzoek);
        expect(antwoord.status).toBe(303);
        const naar = antwoord.headers.get("location") ?? "";
        const koekje = welk === "hervat" ? h.SESSIE_COOKIE : h.DEEL_COOKIE;
        if (naar === (welk === "hervat" ? "/aanvraag" : "/gedeeld/aanvraag")) {
          geopend++;
          expect(paren.filter(([n]) => n === "sleutel").map(([, w]) => w)).toEqual([echtVan[welk]]);
          expect(h.koekje(koekje)).toBe(echtVan[welk]);
        } else {
          expect(naar).toMatch(/^\/(hervat|gedeeld)\/mislukt\?reden=(sleutel-onjuist|niet-gevonden|verlopen)$/);
          expect(h.koekje(koekje)).toBeUndefined();
        }
      }),
      CONFIG,
    );
    expect(geopend, "some runs post the good key and open it").toBeGreaterThan(CONFIG.numRuns * 0.1);
  });
});

describe("fuzzing sequences of actions on one draft", () => {
  type Stap = { actie: (typeof ACTIES)[number]; m: Mutatie; keuze: string; vraagIndex: number };
  const ACTIES = [
    "start",
    "beantwoord",
    "beantwoord",
    "beantwoord",
    "bevestig",
    "zv-bewaar",
    "zv-verwijder",
    "zv-door",
    "onderteken",
    "deellink",
    "intrekken",
    "gh",
    "verwijder",
  ] as const;

  it("any sequence of up to 6 actions leaves every draft valid", async () => {
    const stap: fc.Arbitrary<Stap> = fc.record({ actie: fc.constantFrom(...ACTIES), m: mutatie, keuze: fc.string({ maxLength: 3 }), vraagIndex: fc.nat(VRAGEN.length - 1) });
    const t = nieuweTelling();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<BeginNaam>("VOLLEDIG", "GH_ZELF", "ZONDER_GH", "ALLEEN_START", "geen"), fc.array(stap, { minLength: 1, maxLength: 6 }), async (toestand, stappen) => {
        const b = await begin(toestand, toestand !== "geen");
        const links = b.links;
        let weg = false;
        for (const { actie, m, keuze, vraagIndex } of stappen) {
          const versie = await h.huidigeVersie();
          const vraag = VRAGEN[vraagIndex];
          const paar = [["stap", vraag?.stap ?? ""], ["vraag", vraag?.slug ?? ""], ...alsVelden((vraag && invoer()[vraag.slug]) ?? {})] as Veld[];
          const uitvoer: Record<(typeof ACTIES)[number], () => Promise<unknown>> = {
            start: () => wizard.startAanvraag(LEEG, pas([["voorWie", "familie"], ["naamAanvrager", keuze]], m, versie)),
            beantwoord: () => wizard.beantwoord(LEEG, pas(paar, m, versie)),
            bevestig: () => wizard.bevestigStap(pas([["stap", STAPPEN[keuze.length % 3]?.slug ?? "indicatie"]], m, versie)),
            "zv-bewaar": () => budgetplan.bewaarZorgverlener(LEEG, pas([...alsVelden(zorgverlenerWaarden(BROCHURE_ZORGVERLENER)), ["id", keuze === "" ? "moeder" : "nieuw"]], m, versie)),
            "zv-verwijder": () => budgetplan.verwijderZorgverlener(pas([["id", "moeder"]], m, versie)),
            "zv-door": () => budgetplan.zorgverlenersDoorgaan(pas([], m, versie)),
            onderteken: () => delen.ondertekenZelf(LEEG, pas([["naam", "Piet"], ["akkoord", "ja"], ["geschikt", "ja"], ["wijzigingen", "ja"]], m, versie)),
            deellink: () => delen.maakDeellink(LEEG, pas([["rol", keuze === "" ? "meekijken" : "gewaarborgde-hulp"], ["geldig", "7"]], m, versie)),
            intrekken: () => delen.trekDeellinkIn(h.formData([["link", links?.ghId ?? keuze]])),
            gh: async () => {
              // The gewaarborgde hulp's browser: only the link cookie. Then back to the owner's.
              const eigen = h.koekje(h.SESSIE_COOKIE);
              h.nieuwVerzoek();
              h.zetKoekje(h.DEEL_COOKIE, links?.gh ?? "");
              try {
                return await gedeeld.ondertekenAlsGh(LEEG, pas(GH_FORM_SEQ, m, versie));
              } finally {
                h.nieuwVerzoek();
                if (eigen !== undefined) h.zetKoekje(h.SESSIE_COOKIE, eigen);
              }
            },
            verwijder: () => wizard.verwijderGegevens(),
          };
          await voerUit({ ...b, versie }, uitvoer[actie], true);
          if (actie === "verwijder") weg = true;
        }
        await controleerDraft(b.eigenaar, weg);
      }),
      CONFIG,
    );
    verwachtBereikt(t, { bewaard: 0.2, fouten: 0.2 });
  });
});

const GH_FORM_SEQ = [
  ["naam", "Ans de Vries"],
  ["geschikt", "ja"],
  ["wijzigingen", "ja"],
] as const satisfies readonly Veld[];
