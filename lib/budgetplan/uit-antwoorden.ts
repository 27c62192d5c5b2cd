/**
 * From the wizard's draft (lib/wizard/antwoorden.ts) to what the rules and the PDF take: one
 * zorgverlener as the rules' situation, and the whole budgetplan as a `BudgetplanDocument`.
 * Nothing is judged here; missing answers stay empty so the PDF leaves room to fill them in.
 */
import type { Antwoorden, Zorgverlener } from "@/lib/wizard/antwoorden";
import { leesZorgprofiel, zorgprofielWeergave } from "@/lib/wizard/vragen/feiten";
import type { BudgetplanRegelInvoer } from "@/rules/budgetplan";
import type { IsoDatum } from "@/rules/types";
import type { ZorgverlenerSituatie } from "@/rules/zorgovereenkomst";
import { aanvraagVragen } from "@/content/wizard/aanvraag";
import { zorgkantoorUit } from "@/lib/wizard/vragen/zorgkantoor";
import { handtekeningOverzicht } from "@/lib/delen/handtekeningen";
import type { BudgetplanDocument } from "./document";

/**
 * ZO-02/ZO-03/ZO-04/ZO-06 and BP-02 for one zorgverlener. The form asks for the registrations
 * explicitly, so one not ticked is absent (`false`), not unknown; except the KvK registration of
 * an instelling or zzp'er, whose KVK-nummer the form requires (BP-04): they are registered. "weet-niet" leaves the
 * overeenkomst open: rules/zorgovereenkomst then assumes what the brochure calls usual, and says so.
 */
export function zorgverlenerSituatie(z: Zorgverlener): ZorgverlenerSituatie & BudgetplanRegelInvoer {
  return {
    naam: z.naam,
    soort: z.soort,
    relatie: z.relatie,
    bigGeregistreerd: z.registraties.includes("big"),
    kvkGeregistreerd: z.soort !== "persoon" || z.registraties.includes("kvk"),
    ...(z.overeenkomst === "weet-niet" ? {} : { overeenkomst: z.overeenkomst }),
    dagenPerWeek: z.dagenPerWeek,
    urenPerWeek: z.urenPerWeek,
    uurtarief: z.uurtarief,
  };
}

/** Blank answers count as not given, so an emptied field falls back instead of printing nothing. */
function gevuld(tekst: string | undefined): string | undefined {
  return tekst === undefined || tekst.trim() === "" ? undefined : tekst;
}

/**
 * Bijlage 3, 2: the zorgprofiel the person gave for the plan, else the one of stap 1. Read as a
 * profile it shows its code and omschrijving ("5VV – VV Beschermd wonen …"); otherwise as typed,
 * because the zorgkantoor can still read what the indicatiebesluit says.
 */
function zorgprofielTekst(a: Antwoorden): string {
  const invoer = gevuld(a.budgetplanZorgprofiel) ?? gevuld(a.zorgprofiel);
  if (invoer === undefined) return "";
  const parse = leesZorgprofiel(invoer);
  return parse.ok ? zorgprofielWeergave(parse.zorgprofiel) : invoer.trim();
}

/** BP-01: the budgetplan of this draft, dated `vandaag` (the caller reads the clock). */
export function budgetplanDocument(a: Antwoorden, vandaag: IsoDatum): BudgetplanDocument {
  const persoon = a.persoonsgegevens;
  const zorgkantoor = zorgkantoorUit(a);
  return {
    achternaam: persoon?.achternaam ?? "",
    geboortedatum: persoon?.geboortedatum ?? null,
    bsn: persoon?.bsn ?? null,
    zorgprofiel: zorgprofielTekst(a),
    redenKeuzePgb: a.redenKeuzePgb ?? "",
    zorgInkopen: a.zorgInkopen ?? "",
    zorgverleners: (a.zorgverleners ?? []).map((z) => ({
      naam: z.naam,
      plaats: z.plaats,
      // BP-04: a KVK-nummer for an instelling or zzp'er, a BSN for a person, as entered.
      kvkOfBsn: z.nummer,
      urenPerWeek: z.urenPerWeek,
      uurtarief: z.uurtarief,
    })),
    ondertekenaars: (a.ondertekening ?? []).map((o) => ({ naam: o.naam, relatie: o.relatie, datum: o.datum ?? null })),
    // Also a signature that needs renewal: the PDF says it no longer holds, rather than hiding it.
    digitaleHandtekeningen: handtekeningOverzicht(a).map((h) => ({
      rolTekst: h.rolTekst,
      naam: h.naam,
      opTekst: h.opTekst,
      geldig: h.status === "geldig",
      verklaringen: h.verklaringen,
      viaDeellink: h.viaDeellink,
    })),
    // ZK-01: where the plan goes, when the person told where they live.
    zorgkantoor: zorgkantoor === null ? null : { naam: aanvraagVragen.zorgkantoor.naam(zorgkantoor.regio, zorgkantoor.zorgverzekeraar), telefoon: zorgkantoor.telefoon, website: zorgkantoor.website },
    aangemaaktOp: vandaag,
  };
}
