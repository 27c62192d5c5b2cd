/**
 * The budgetplan's warnings in English for every reader but the applicant (docs/decisions/032-talen.md,
 * addendum on stap 3): the applicant as a third person ("Riet becomes an employer", "Riet's
 * zorgkantoor", "the applicant" without a name), as the checklist has it
 * (./zorgovereenkomst-checklist-ander.ts, whose `AnderVan`, `ZELFDE` and `opPersoon` this uses).
 * Every sentence of `waarschuwingen` in ./budgetplan-overzicht.ts says here what it becomes:
 * - a function of the person (and of the sentence's own facts): the sentence speaks of the applicant;
 * - `ZELFDE`: no "you" in it, the applicant's English serves every reader (a unit test checks that).
 *   Imperatives ("Ask the zorgkantoor") stay: they speak to whoever fills in.
 * The table covers every key (`satisfies AnderVan<…>`), so a new sentence without a choice fails the
 * typecheck.
 */
import type { PersoonEn } from "../redenen/en/persoon";
import { naam, Naam, van, Van } from "../redenen/en/persoon";
import { budgetplanOverzicht } from "./budgetplan-overzicht";
import { opPersoon, ZELFDE, type AnderVan } from "./zorgovereenkomst-checklist-ander";

const waarschuwingen = budgetplanOverzicht.waarschuwingen;

const waarschuwingenAnder = {
  perZorgverlener: ZELFDE,
  waarom: ZELFDE,

  tariefBovenMaximum: {
    titel: ZELFDE,
    tarief: (p, tarief, maximum, soort, jaar) => `${Naam(p)} wants to pay ${tarief} an hour. The maximum rate ${soort} is ${maximum} an hour in ${jaar}.`,
    soortProfessioneel: ZELFDE,
    soortNietProfessioneel: ZELFDE,
    watDoenProfessioneel: ZELFDE,
    watDoenNietProfessioneel: (p) => `${Naam(p)} may not pay more than the maximum rate. Agree on a lower hourly rate.`,
  },
  tariefMaximumOnbekend: {
    titel: ZELFDE,
    tekst: (p, jaar) =>
      `There is a maximum for the hourly rate. That maximum changes every year. We do not know the maximum rate for ${jaar} yet. That is why we do not check ${van(p)} hourly rate.`,
    watDoen: (p) =>
      `Look on the website of ${van(p)} zorgkantoor. Search there for the vergoedingslijst (list of what is paid for) or the maximum rates. Is ${van(p)} hourly rate higher? Then talk to ${van(p)} zorgkantoor.`,
  },
  tariefNavragen: {
    titel: ZELFDE,
    tekst: (p, tarief) =>
      `${Naam(p)} wants to pay ${tarief} an hour. Whether that is allowed depends on whether the care provider is a professional. Ask ${van(p)} zorgkantoor.`,
  },
  werkgever: {
    titel: (p) => `${Naam(p)} becomes an employer`,
    aangenomen: (p) =>
      `${Naam(p)} does not know yet which agreement to make. We assume an employment contract. That is usual when the care provider is not an organisation, not self-employed and not family. Is it known later? Then change it.`,
    watBetekentHet: (p) =>
      `With an employment contract ${naam(p)} is an employer. Employment law then applies. For example, ${naam(p)} keeps paying wages when ${van(p)} care provider is ill. ${Van(p)} care provider builds up holiday days. And does ${naam(p)} want to stop? Then a notice period applies.`,
    hulp: (p) => `${Naam(p)} does not have to do this alone. The SVB (Sociale Verzekeringsbank, which pays out the pgb) does the payroll for ${naam(p)}.`,
  },
  loonbelasting: {
    titel: ZELFDE,
    tekst: (p) =>
      `The SVB deducts wage tax and contributions. The SVB pays that money from ${van(p)} pgb to the Dutch Tax Administration (Belastingdienst). So ${van(p)} care provider gets less paid out: a net amount.`,
    watDoen: (p) => `The hourly rate in ${van(p)} budgetplan is a gross rate. Keep that in mind when ${naam(p)} agrees on the hourly rate.`,
  },
  bovenBudget: {
    titel: (p) => `${Van(p)} plan costs more than ${van(p)} pgb`,
    tekst: (p, totaal, pgb, verschil) => `${Van(p)} care providers cost ${totaal} a year together. ${Naam(p)} expects a pgb of ${pgb} a year. That is ${verschil} too little.`,
    watDoen: (p) => `Agree on fewer hours or a lower hourly rate. Or talk to ${van(p)} zorgkantoor.`,
  },
} satisfies AnderVan<typeof waarschuwingen>;

/** The table, for the tests (which keys keep the applicant's words). */
export const ANDER = { waarschuwingen: waarschuwingenAnder } as const;

/** The warnings' words for `p`: the applicant's own when `p` is `null` (the applicant reads). */
export function waarschuwingenVoor(p: PersoonEn | null): typeof waarschuwingen {
  return p === null ? waarschuwingen : opPersoon(waarschuwingen, waarschuwingenAnder, p);
}
