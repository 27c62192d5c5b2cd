/**
 * The checklist's English for another reader (./zorgovereenkomst-checklist-ander.ts): every
 * sentence that keeps the applicant's words has no "you" in it, unless it speaks to whoever reads
 * and ticks; every sentence written for another reader names the person and has no "you"; and the
 * Dutch rewrite that the pages and the PDF still apply (`tekstVoor`) changes none of them.
 */
import { describe, expect, it } from "vitest";
import { tekstVoor } from "@/content/redenen";
import type { PersoonEn } from "@/content/redenen/en/persoon";
import { aantalFuncties, ANDERE_LEZERS, JIJ_VORM, padenMet, zinnen } from "@/tests/lib/ander-woorden";
import * as en from "./zorgovereenkomst-checklist";
import { ANDER, checklistVoor, LEZER, pdfVoor, ZELFDE, zorgkantoorVoor } from "./zorgovereenkomst-checklist-ander";

const APPLICANT = { zorgkantoor: en.zorgkantoor, checklist: en.checklist, pdf: en.pdf };
const voor = (p: PersoonEn) => ({ zorgkantoor: zorgkantoorVoor(p), checklist: checklistVoor(p), pdf: pdfVoor(p) });
const LEZERPADEN = padenMet(ANDER, LEZER);
const isLezer = (pad: string): boolean => LEZERPADEN.some((l) => pad === l || pad.startsWith(`${l}.`));

describe("the checklist's English for another reader", () => {
  it("keeps the applicant's words only where they have no 'you', or speak to whoever reads", () => {
    const zelfde = padenMet(ANDER, ZELFDE);
    expect(zelfde.length).toBeGreaterThan(20);
    const metJij = zinnen(APPLICANT).filter(([pad, zin]) => zelfde.some((z) => pad === z || pad.startsWith(`${z}.`) || pad.startsWith(`${z}[`)) && JIJ_VORM.test(zin));
    expect(metJij).toEqual([]);
    // The reader's own lines do speak to "you": that is why they stay.
    expect(LEZERPADEN.sort()).toEqual(["checklist.inleiding", "checklist.printen", "pdf.helpt"]);
    for (const pad of LEZERPADEN) expect(zinnen(APPLICANT).find(([p]) => p === pad)?.[1]).toMatch(JIJ_VORM);
  });

  it.each(ANDERE_LEZERS)("for %s: no 'you' outside the reader's own lines, the person named, and `tekstVoor` changes nothing", (_, persoon, publiek) => {
    const alle = zinnen(voor(persoon));
    expect(alle.filter(([pad, zin]) => !isLezer(pad) && JIJ_VORM.test(zin))).toEqual([]);
    // The PDF frame's own lines never pass through `tekstVoor` (its source cites the brochure's Dutch title, "uw" and all).
    for (const [pad, zin] of alle.filter(([pad]) => !pad.startsWith("pdf."))) expect(tekstVoor(zin, publiek), pad).toBe(zin);
    // Every sentence written for another reader differs from the applicant's and names the person.
    const applicant = new Map(zinnen(APPLICANT));
    const anders = alle.filter(([pad, zin]) => applicant.get(pad) !== zin);
    expect(anders.length).toBe(aantalFuncties(ANDER));
    for (const [pad, zin] of anders) expect(zin.toLowerCase(), pad).toContain(persoon.naam.toLowerCase());
  });

  it("words the person as the reasons do: the verb agrees, the possessive, a capital at a sentence start", () => {
    const riet = checklistVoor({ naam: "Riet" });
    expect(riet.rol.werkgever("Buurvrouw Fatma")).toBe("Riet is the employer (werkgever) of Buurvrouw Fatma.");
    expect(riet.loonbelasting.nietInhouden("Fatma")).toBe("Riet does not need to take off payroll tax. Fatma arranges the payroll tax themselves.");
    expect(riet.logeeropvang.uitkomstKop(1)).toBe("Riet's number: 1 etmaal of logeeropvang");
    expect(zorgkantoorVoor({ naam: "James" }).naam).toBe("James' zorgkantoor");
    const neutraal = checklistVoor({ naam: "the applicant", neutraal: true });
    expect(neutraal.rol.opdrachtgever("Fatma")).toBe("The applicant is the client (opdrachtgever) of Fatma.");
    expect(neutraal.gegevensKop).toBe("What the applicant's budgetplan says");
    expect(zorgkantoorVoor({ naam: "the applicant", neutraal: true }).regel("VGZ", "040", "vgz.nl")).toBe("The applicant's zorgkantoor: VGZ. Phone: 040. Website: vgz.nl.");
  });
});

