/**
 * The words of the family `tk.` (rules/toekenning.ts: TK-01 … TK-05): the beschikking, the
 * toeslagen, the eigen bijdrage and when the pgb stops (docs/decisions/028).
 */
import { formatDatumNl } from "../../../rules/datum";
import type { Eindgrond } from "../../../rules/toekenning";
import { declaratiesTeksten } from "../../wizard/declaraties";
import { toekenningPaginas } from "../../wizard/toekenning";
import type { Persoon } from "../derde-persoon";
import { bedrag, getal, procent, tekst, uitTabel } from "../gegevens";
import { toekenningTeksten } from "../toekenning";
import { Naam, type Familie } from "./gedeeld";

const tk = toekenningTeksten;

const TOESLAG_NAAM = { wooninitiatief: tk.toeslagWooninitiatiefNaam, "kwaliteit-vv": tk.toeslagKwaliteitVVNaam } as const;
// Typed so that a ground of TK-04 without words is a compile error.
const EINDGROND_U: Readonly<Record<Eindgrond, string>> = tk.eindgronden;
const eindgrondAnder = (p: Persoon): Readonly<Record<Eindgrond, string>> => ({
  permanenteOpname: `Het pgb stopt als ${p.naam} blijvend wordt opgenomen in een Wlz-instelling.`,
  opnameLangerDanTweeMaanden: `Het pgb stopt als ${p.naam} langer dan 2 maanden is opgenomen in een Wlz-instelling of ziekenhuis.`,
  eigenVerzoek: `Het pgb stopt als ${p.naam} zelf vraagt om het pgb te stoppen.`,
  zorgInNatura: `Het pgb stopt als ${p.naam} de zorg liever in natura krijgt. Dan regelt het zorgkantoor de zorg.`,
  faillietOfWsnp: `Het pgb stopt als ${p.naam} failliet is verklaard of in de schuldsanering (WSNP) zit.`,
  geenVastWoonadres: `Het pgb stopt als ${p.naam} geen vast woonadres meer heeft.`,
  verplichtingenNietNagekomen: `Het pgb stopt als ${p.naam} zich niet houdt aan de verplichtingen.`,
  overlijden: `Het pgb stopt als ${p.naam} overlijdt.`,
  ondersteuningNietGoedGeregeld: "Het pgb stopt als het zorgkantoor vindt dat de ondersteuning door de gewaarborgde hulp niet meer goed geregeld is.",
  geenGewaarborgdeHulpMeer: `Het pgb stopt als ${p.naam} geen gewaarborgde hulp meer heeft.`,
});

export const TK = {
  "tk.beschikking": {
    u: () => tk.beschikking,
    ander: (_, p) => `Keurt het zorgkantoor de aanvraag goed? Dan krijgt ${p.naam} een toekenningsbeschikking. Daarin staat hoe hoog het pgb is.`,
  },
  "tk.svb": {
    u: () => tk.svb,
    ander: (_, p) =>
      `Het zorgkantoor maakt het budget van ${p.naam} over naar de SVB. De SVB beheert het budget. De SVB betaalt de zorgverleners volgens de afspraken in de zorgovereenkomsten.`,
  },
  "tk.looptijd": {
    u: (g) => tk.looptijd(tekst(g, "jaar")),
    ander: (g, p) => `Het zorgkantoor kent het pgb van ${p.naam} toe tot uiterlijk 31 december ${getal(g, "jaar")}.`,
  },
  "tk.nieuwe-beschikking": {
    u: (g) => tk.nieuweBeschikking(tekst(g, "jaar")),
    ander: (g, p) => `In december krijgt ${p.naam} een nieuwe toekenningsbeschikking. Daarin staat hoe hoog het pgb in ${getal(g, "jaar")} is.`,
  },
  "tk.hoogte": {
    u: () => tk.hoogte,
    ander: (_, p) => `Het zorgkantoor bepaalt hoe hoog het pgb van ${p.naam} is. Dat hangt af van de zorg die ${p.naam} nodig heeft.`,
  },
  "tk.wooninitiatief": {
    u: () => tk.wooninitiatief,
    ander: (_, p) =>
      `${Naam(p)} woont in een wooninitiatief. Dat is een woonvorm waar meer budgethouders samen wonen. ${Naam(p)} krijgt daarom een extra toeslag op het pgb.`,
  },
  "tk.wooninitiatief-mogelijk": {
    u: () => tk.wooninitiatiefMogelijk,
    ander: (_, p) =>
      `Woont ${p.naam} in een wooninitiatief? Dat is een woonvorm waar meer budgethouders samen wonen. Dan krijgt ${p.naam} een extra toeslag op het pgb.`,
  },
  "tk.geen-wooninitiatief": {
    u: () => tk.geenWooninitiatief,
    ander: (_, p) => `${Naam(p)} woont niet in een wooninitiatief. Daarom krijgt ${p.naam} geen toeslag voor een wooninitiatief.`,
  },
  "tk.kwaliteit-vv": {
    u: () => tk.kwaliteitVV,
    ander: (_, p) => `${Naam(p)} heeft een zorgprofiel VV en woont in een wooninitiatief. Daarom krijgt ${p.naam} ook de toeslag Kwaliteit V&V.`,
  },
  "tk.kwaliteit-vv-mogelijk": {
    u: () => tk.kwaliteitVVMogelijk,
    ander: (_, p) => `Heeft ${p.naam} een zorgprofiel VV? Dan krijgt ${p.naam} ook de toeslag Kwaliteit V&V.`,
  },
  "tk.geen-kwaliteit-vv": { u: () => tk.geenKwaliteitVV },
  "tk.toeslag-bedrag": {
    u: (g) => tk.toeslagBedrag(uitTabel(TOESLAG_NAAM, g, "toeslag"), tekst(g, "jaar"), bedrag(g, "bedrag"), tekst(g, "bron")),
    ander: (g, p) =>
      `De ${uitTabel(TOESLAG_NAAM, g, "toeslag")} is in ${getal(g, "jaar")} ${bedrag(g, "bedrag")} per jaar (bron: ${tekst(g, "bron")}). Het bedrag dat voor ${p.naam} geldt, staat op de website van het zorgkantoor.`,
  },
  "tk.toeslag-onbekend": {
    u: (g) => tk.toeslagOnbekend(uitTabel(TOESLAG_NAAM, g, "toeslag"), tekst(g, "jaar")),
    ander: (g) =>
      `Wij weten niet hoe hoog de ${uitTabel(TOESLAG_NAAM, g, "toeslag")} in ${getal(g, "jaar")} is. Het bedrag staat op de website van het zorgkantoor.`,
  },
  "tk.eigen-bijdrage-verschuldigd": {
    u: (g) => tk.eigenBijdrageVerschuldigd(getal(g, "vanafLeeftijd")),
    ander: (g, p) => `${Naam(p)} is ${getal(g, "vanafLeeftijd")} jaar of ouder. Dan betaalt ${p.naam} een eigen bijdrage voor het pgb.`,
  },
  "tk.eigen-bijdrage-niet-verschuldigd": {
    u: (g) => tk.eigenBijdrageNietVerschuldigd(getal(g, "vanafLeeftijd")),
    ander: (g, p) => `${Naam(p)} is jonger dan ${getal(g, "vanafLeeftijd")} jaar. Dan betaalt ${p.naam} geen eigen bijdrage voor het pgb.`,
  },
  "tk.cak-rekening": {
    u: () => tk.cakRekening,
    ander: (_, p) => `${Naam(p)} krijgt iedere maand een rekening van het CAK. De eigen bijdrage mag niet uit het pgb betaald worden.`,
  },
  "tk.inkomensafhankelijk": {
    u: () => tk.inkomensafhankelijk,
    ander: (_, p) => `De eigen bijdrage hangt af van het inkomen van ${p.naam}. Niet van de hoogte van het pgb.`,
  },
  "tk.met-mpt": {
    u: () => tk.metMpt,
    ander: (_, p) =>
      `${Naam(p)} gebruikt naast het pgb ook het modulair pakket thuis (mpt). De eigen bijdrage voor het pgb wordt daardoor niet lager. Voor het mpt betaalt ${p.naam} geen eigen bijdrage.`,
  },
  "tk.ingangsdatum": {
    u: () => tk.ingangsdatum,
    ander: (_, p) =>
      `${Naam(p)} betaalt de eigen bijdrage vanaf de ingangsdatum van het pgb. Maak daarom goede afspraken over die datum met het zorgkantoor. Anders betaalt ${p.naam} misschien al een eigen bijdrage terwijl er nog geen zorg wordt ingekocht.`,
  },
  "tk.cak": { u: () => tk.cak },
  "tk.schatting-inleiding": { u: (g) => tk.schattingInleiding(tekst(g, "jaar")) },
  "tk.schatting-berekening": {
    u: (g) => tk.schattingBerekening(bedrag(g, "inkomen"), bedrag(g, "aftrek"), bedrag(g, "grondslag"), procent(g, "basispunten"), bedrag(g, "perMaand")),
    ander: (g, p) =>
      `Het bijdrageplichtig inkomen van ${p.naam} is ${bedrag(g, "inkomen")} per jaar. Omdat ${p.naam} een pgb heeft, gaat daar ${bedrag(g, "aftrek")} af. Over de rest (${bedrag(g, "grondslag")}) betaalt ${p.naam} ${procent(g, "basispunten")} per jaar. Dat is ${bedrag(g, "perMaand")} per maand (afgerond op hele centen).`,
  },
  "tk.schatting-minimum": {
    u: (g) => tk.schattingMinimum(bedrag(g, "minimum")),
    ander: (g, p) => `Dat is minder dan het minimum. ${Naam(p)} betaalt dan het minimum van ${bedrag(g, "minimum")} per maand.`,
  },
  "tk.schatting-maximum": {
    u: (g) => tk.schattingMaximum(bedrag(g, "maximum")),
    ander: (g, p) => `Dat is meer dan het maximum. ${Naam(p)} betaalt dan het maximum van ${bedrag(g, "maximum")} per maand.`,
  },
  "tk.schatting-korting": {
    u: (g) => tk.schattingKorting(bedrag(g, "korting"), bedrag(g, "perMaand")),
    ander: (g, p) =>
      `Met een pgb krijgt ${p.naam} een korting van ${bedrag(g, "korting")} per maand. De eigen bijdrage van ${p.naam} is dan ongeveer ${bedrag(g, "perMaand")} per maand.`,
  },
  "tk.schatting-aanname": {
    u: () => tk.schattingAanname,
    ander: (_, p) =>
      `De schatting gaat uit van iemand zonder partner. Heeft ${p.naam} een partner? Dan kan het bedrag anders zijn. Het CAK kijkt naar het inkomen van ${p.naam} van 2 jaar eerder.`,
  },
  "tk.eindgrond": {
    u: (g) => uitTabel(EINDGROND_U, g, "grond"),
    ander: (g, p) => uitTabel(eindgrondAnder(p), g, "grond"),
  },
  "tk.wijzigingen-melden": {
    u: () => tk.wijzigingenMelden,
    ander: (_, p) =>
      `Verandert er iets in de situatie van ${p.naam} dat invloed heeft op het pgb? Dan moet ${p.naam} dat zelf aan het zorgkantoor laten weten.`,
  },
  "tk.opzegtermijnen": {
    u: () => tk.opzegtermijnen,
    ander: (_, p) =>
      `Stopt het pgb van ${p.naam}? Dan mag het pgb nog gebruikt worden voor het loon van de zorgverleners tijdens de wettelijke opzegtermijn. Ook voor vakantiegeld en vakantiedagen.`,
  },

  // The budget over the year (stap 6): its words stay with the page's, in content/wizard/declaraties.ts.
  "tk.budget-tot-einde-jaar": {
    u: (g) => declaratiesTeksten.budget.redenen.looptijd(formatDatumNl(tekst(g, "einde"))),
    ander: (g, p) => `Het pgb van ${p.naam} loopt tot uiterlijk ${formatDatumNl(tekst(g, "einde"))}. Daarom rekenen wij tot en met die dag.`,
  },

  // Said by a page of lib/ beside the rules' own reasons: the eigen bijdrage with an mpt (TK-03).
  "tk.eigen-bijdrage-mpt": {
    u: () => toekenningPaginas.eigenBijdrage.mpt,
    ander: (_, p) =>
      `Gebruikt ${p.naam} naast het pgb ook het modulair pakket thuis (mpt)? Dan wordt de eigen bijdrage voor het pgb niet lager. Voor het mpt betaalt ${p.naam} dan geen eigen bijdrage.`,
  },
} satisfies Familie<"tk">;
