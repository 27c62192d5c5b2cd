/**
 * The words of the family `bp.` (rules/budgetplan.ts: BP-01 … BP-03, BP-06): the budgetplan's
 * total, its sums and its form (docs/decisions/028).
 */
import { formatBreuk } from "../../../rules/budgetplan";
import { formatUren } from "../../../rules/geld";
import { declaratiesTeksten } from "../../wizard/declaraties";
import { budgetplanTeksten } from "../budgetplan";
import { bedrag, getal } from "../gegevens";
import { Naam, type Familie } from "./gedeeld";

const bp = budgetplanTeksten;

export const BP = {
  "bp.geen-zorgverleners": {
    u: () => bp.geenZorgverleners,
    ander: () => "Er zijn nog geen zorgverleners ingevuld. Het totaal per jaar is € 0,00.",
  },
  "bp.totaal": {
    u: (g) => bp.totaal(getal(g, "aantal"), bedrag(g, "totaal")),
    ander: (g, p) =>
      getal(g, "aantal") === 1
        ? `${Naam(p)} heeft 1 zorgverlener. Het totaal per jaar is ${bedrag(g, "totaal")}.`
        : `${Naam(p)} heeft ${getal(g, "aantal")} zorgverleners. Samen kosten ze ${bedrag(g, "totaal")} per jaar.`,
  },
  "bp.binnen-budget": {
    u: (g) => bp.binnenBudget(bedrag(g, "totaal"), bedrag(g, "pgb")),
    ander: (g, p) => `Het totaal van ${bedrag(g, "totaal")} past binnen het pgb van ${p.naam} van ${bedrag(g, "pgb")} per jaar.`,
  },
  "bp.buiten-budget": {
    u: (g) => bp.buitenBudget(bedrag(g, "totaal"), bedrag(g, "pgb"), bedrag(g, "tekort")),
    ander: (g, p) =>
      `Het totaal van ${bedrag(g, "totaal")} is hoger dan het pgb van ${p.naam} van ${bedrag(g, "pgb")} per jaar. Er is ${bedrag(g, "tekort")} te weinig. Maak minder uren of een lager uurtarief af, of overleg met het zorgkantoor.`,
  },

  // The budgetplan's sums and form (BP-01, BP-02, BP-03, BP-06). A sum speaks to no one.
  "bp.som-per-maand": {
    u: (g) =>
      bp.somPerMaand(
        formatUren(getal(g, "urenPerWeek")),
        bedrag(g, "uurtarief"),
        formatBreuk({ teller: getal(g, "wekenTeller"), noemer: getal(g, "wekenNoemer") }),
        bedrag(g, "perMaand"),
      ),
  },
  "bp.afgerond": { u: (g) => bp.afgerond(bedrag(g, "onafgerond"), bedrag(g, "afgerond")) },
  "bp.som-per-jaar": { u: (g) => bp.somPerJaar(bedrag(g, "perMaand"), getal(g, "maanden"), bedrag(g, "perJaar")) },
  "bp.extra-blad": {
    u: (g) => bp.extraBlad(getal(g, "aantal"), getal(g, "bladen")),
    ander: (g, p) => {
      const extra = getal(g, "bladen") - 1;
      return `Op het formulier is plaats voor 6 zorgverleners (A tot en met F). ${Naam(p)} heeft er ${getal(g, "aantal")}. Gebruik ${extra === 1 ? "een extra blad" : `${extra} extra bladen`} voor de andere zorgverleners.`;
    },
  },
  "bp.onderdelen": {
    u: () => bp.onderdelen,
    ander: (_, p) =>
      `Het budgetplan heeft 7 onderdelen: de persoonsgegevens van ${p.naam}, het zorgprofiel, de reden dat ${p.naam} een pgb kiest, de zorg die ${p.naam} wil inkopen, de zorgverleners, het bedrag per zorgverlener en de ondertekening.`,
  },

  // The budget over the year (stap 6): its words stay with the page's, in content/wizard/declaraties.ts.
  "bp.plan-kosten": {
    u: (g) => declaratiesTeksten.budget.redenen.plan(bedrag(g, "perMaand"), bedrag(g, "perJaar")),
    ander: (g, p) => `Volgens het budgetplan van ${p.naam} kost de zorg ${bedrag(g, "perMaand")} per maand. Dat is ${bedrag(g, "perJaar")} per jaar.`,
  },
} satisfies Familie<"bp">;
