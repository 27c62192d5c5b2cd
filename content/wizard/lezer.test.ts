/**
 * The pages' own sentences about the applicant on stap 4 to 6, outside the reasons, for who reads
 * (docs/decisions/028): "u" and "uw" for the applicant; the applicant's name ("Riet") for someone
 * who fills in for them, with no "u" that would make the reader the applicant.
 */
import { describe, expect, it } from "vitest";
import { delen } from "@/content/delen";
import { tekstVoor, type Publiek } from "@/content/redenen";
import type { Aanspreking } from "@/lib/wizard/types";
import { alleChecklists } from "@/lib/zorgovereenkomst/checklist";
import { BROCHURE_ZORGVERLENER, BUURVROUW_ZORGVERLENER, doorloop, invoer } from "@/lib/wizard/vragen/testhulp";
import { declaratiesTeksten } from "./declaraties";
import { toekenningPaginas } from "./toekenning";
import { zorgovereenkomstenTeksten } from "./zorgovereenkomsten";

const U_VORM = /(?<![\p{L}\p{N}])(u|U|uw|Uw)(?![\p{L}\p{N}])/u;
const ZELF: Aanspreking = { zelf: true, naam: "de aanvrager" };
const RIET: Aanspreking = { zelf: false, naam: "Riet" };
const RIET_PUBLIEK: Publiek = { wie: "namens", naam: "Riet" };

const d = declaratiesTeksten;
const t = toekenningPaginas;
const z = zorgovereenkomstenTeksten;

describe("stap 6: the budget tool and the step page", () => {
  it("'u' for the applicant", () => {
    expect(d.stap.bekijken(null)).toBe(
      "In Mijn PGB ziet u altijd uw budget en de betalingen. U ziet wat er al betaald is, en hoeveel budget u nog heeft voor de rest van het jaar.",
    );
    expect(d.budget.geenMaanden).toMatch(U_VORM);
    expect(d.budget.rekenwijze).toMatch(U_VORM);
  });

  it("Riet for someone filling in, never 'u' for her", () => {
    const over = d.budget.over({ naam: "Riet" });
    for (const tekst of [d.stap.bekijken({ naam: "Riet" }), over.bekijken, over.geenMaanden, over.rekenwijze]) {
      expect(tekst).toContain("Riet");
      expect(tekst).not.toMatch(U_VORM);
    }
    expect(d.stap.bekijken({ naam: "Riet" })).toContain("Riets budget");
    expect(over.rekenwijze).toBe(
      "Wij tellen de ingevulde bedragen op. Voor een lege maand rekenen wij met het gemiddelde van de ingevulde maanden. Zo is te zien wat Riet uitgeeft als het zo doorgaat.",
    );
  });

  it("the step page's maandloon question and the budget tool's link: 'u' for the applicant, Riet for someone filling in", () => {
    expect(d.stap.maandloonVraag(null)).toContain("Heeft u met uw zorgverlener");
    expect(d.stap.maandloonVraag({ naam: "Riet" })).toBe("Is er met een zorgverlener van Riet een vast maandloon afgesproken? Dat is elke maand hetzelfde bedrag.");
    const hulpmiddel = d.stap.budgetHulpmiddelOver({ naam: "Riet" });
    expect(hulpmiddel.link).toBe(d.budget.over({ naam: "Riet" }).titel);
    expect(hulpmiddel.uitleg).toBe("Vul in wat er per maand is uitgegeven. Dan is te zien of Riets budget genoeg is tot 31 december.");
    expect(d.stap.hulpmiddelen.budget.uitleg).toMatch(U_VORM);
  });

  it("without a name: 'het budget van de aanvrager', not 'zijn of haar budget'", () => {
    expect(d.stap.bekijken({ naam: "de aanvrager", neutraal: true })).toContain("altijd het budget van de aanvrager en de betalingen");
  });

  it("the error for an empty budget names nobody's budget", () => {
    expect(d.fout.budgetLeeg).not.toMatch(U_VORM);
  });
});

describe("a share link's page", () => {
  it("says who 'u' is only when the answers speak to 'u'", () => {
    expect(delen.gedeeld.antwoordenVan(null)).toContain("Met 'u' is de aanvrager bedoeld.");
    expect(delen.gedeeld.antwoordenVan("Riet")).toBe("Hieronder staan de antwoorden zoals ze voor Riet zijn ingevuld.");
  });

  it("the gewaarborgde hulp's notes name Riet when the draft has her name, else 'de aanvrager'", () => {
    expect(delen.gedeeld.nogNietKlaar(null)).toBe("Het budgetplan is nog niet af. U kunt ondertekenen als de aanvrager het budgetplan heeft ingevuld.");
    expect(delen.gedeeld.geenGh(null)).toBe("In de aanvraag staat geen gewaarborgde hulp. Vraag de aanvrager om de gewaarborgde hulp eerst in te vullen.");
    expect(delen.gedeeld.nogNietKlaar("Riet")).toBe("Het budgetplan van Riet is nog niet af. Ondertekenen kan als het budgetplan is ingevuld.");
    expect(delen.gedeeld.geenGh("Riet")).toBe("In de aanvraag van Riet staat geen gewaarborgde hulp. Vraag Riet om de gewaarborgde hulp eerst in te vullen.");
    // Marked data-voor-publiek on the page, so no "u" either (tests/e2e/namens.spec.ts).
    for (const tekst of [delen.gedeeld.nogNietKlaar("Riet"), delen.gedeeld.geenGh("Riet")]) {
      expect(tekst).not.toContain("de aanvrager");
      expect(tekst).not.toMatch(U_VORM);
    }
  });
});

describe("stap 4: the intros", () => {
  it("'u' for the applicant", () => {
    expect(t.eigenBijdrage.inleiding(ZELF)).toContain("geld dat u zelf betaalt");
    expect(t.einde.naHetEindeKop(ZELF)).toBe("Wat mag u na het einde nog betalen?");
    expect(t.einde.zorgkantoorKop(ZELF)).toBe("Uw zorgkantoor");
    expect(t.overzicht.inleiding(ZELF)[1]).toContain("voor uw eigen situatie");
  });

  it("Riet for someone filling in", () => {
    expect(t.eigenBijdrage.inleiding(RIET)).toBe(
      "De eigen bijdrage is geld dat Riet zelf betaalt voor de zorg uit de Wlz. Dat geld gaat niet naar het zorgkantoor, maar naar het CAK. Het CAK is de organisatie die de eigen bijdrage vaststelt.",
    );
    expect(t.einde.naHetEindeKop(RIET)).not.toMatch(U_VORM);
    expect(t.einde.zorgkantoorKop(RIET)).toBe("Het zorgkantoor van Riet");
    expect(t.overzicht.inleiding(RIET)[1]).toContain("voor de situatie van Riet");
    expect(t.overzicht.inleiding(RIET)[1]).not.toContain("uw");
  });

  it("the parts of the step, through tekstVoor, speak about Riet", () => {
    for (const deel of Object.values(t.delen)) expect(tekstVoor(deel.omschrijving, RIET_PUBLIEK)).not.toMatch(U_VORM);
    expect(tekstVoor(t.delen.eigenBijdrage.omschrijving, RIET_PUBLIEK)).toBe("Wat Riet zelf betaalt aan het CAK. Met een schatting van het bedrag.");
  });
});

describe("stap 5: the checklists", () => {
  const a = doorloop(invoer(), { voorWie: "familie", naamAanvrager: "Riet", zorgverleners: [BROCHURE_ZORGVERLENER, BUURVROUW_ZORGVERLENER] });
  const checklists = alleChecklists(a, "2026-06-01");
  const alles = checklists.flatMap((c) => c.onderdelen.flatMap((o) => [o.titel, o.antwoord, ...o.alineas, ...o.lijsten.flatMap((l) => l.punten)]));

  it("the step page's intro: 'uw pgb' for the applicant, Riets pgb for someone filling in", () => {
    expect(z.overzicht.inleiding(ZELF)[0]).toContain("uw pgb");
    expect(z.overzicht.inleiding(RIET)[0]).toContain("het pgb van Riet");
    expect(z.overzicht.inleiding(RIET)[0]).not.toMatch(U_VORM);
  });

  it("every 'u' in a checklist means the applicant, so for Riet no sentence keeps one", () => {
    expect(alles.length).toBeGreaterThan(20);
    expect(alles.filter((tekst) => U_VORM.test(tekst)).length).toBeGreaterThan(5);
    expect(alles.map((tekst) => tekstVoor(tekst, RIET_PUBLIEK)).filter((tekst) => U_VORM.test(tekst))).toEqual([]);
  });

  it("the points whose 'u' meant the reader or the zorgkantoor no longer have one", () => {
    expect(tekstVoor(z.checklist.loonbelasting.puntFormulieren, RIET_PUBLIEK)).toBe(
      "Vul de formulieren voor de loonbelasting in. Ze staan op www.svb.nl/nl/pgb/formulieren.",
    );
    expect(tekstVoor(z.checklist.aanleveren.puntVragen, RIET_PUBLIEK)).toBe("Vraag Riets zorgkantoor of het met het PGB Portaal werkt.");
    expect(tekstVoor(z.checklist.aanleveren.puntVragenZorgkantoor("Zorgkantoor Twente (Menzis)", "(088) 222 49 49"), RIET_PUBLIEK)).toBe(
      "Bel Zorgkantoor Twente (Menzis), telefoon (088) 222 49 49. Vraag of het zorgkantoor met het PGB Portaal werkt.",
    );
    expect(tekstVoor(z.checklist.aanleveren.puntPortaal, RIET_PUBLIEK)).not.toContain("Riets DigiD");
  });

  it("the zorgkantoor to ask is Riets", () => {
    expect(tekstVoor(z.zorgkantoor.vraagHet, RIET_PUBLIEK)).toBe("Welke manier Riets zorgkantoor gebruikt, weten wij niet. Vraag het Riets zorgkantoor.");
    expect(tekstVoor(z.zorgkantoor.vraagHet, { wie: "aanvrager" })).toBe(z.zorgkantoor.vraagHet);
  });
});

describe("stap 4: the buitenland tool page", () => {
  const bl = t.buitenland;

  it("'u' for the applicant", () => {
    expect(bl.inleiding(ZELF)[0]).toBe("Woont u niet in Nederland? Dan kunt u geen pgb krijgen.");
    expect(bl.formulierKop(ZELF)).toBe("Uw reis");
    expect(bl.logeeropvang.hint(ZELF)).toContain("uw mantelzorger");
  });

  it("Riet for someone filling in, never 'u' for her", () => {
    expect(bl.inleiding(RIET)[0]).toBe("Woont Riet niet in Nederland? Dan kan Riet geen pgb krijgen.");
    expect(bl.formulierKop(RIET)).toBe("De reis van Riet");
    for (const tekst of [...bl.inleiding(RIET), bl.formulierKop(RIET), bl.logeeropvang.hint(RIET), bl.belasting.hint(RIET)]) {
      expect(tekst).not.toMatch(U_VORM);
    }
    expect(bl.logeeropvang.hint(RIET)).toContain("Riet");
  });

  it("the outcome's facts name nobody, so they fit every reader", () => {
    expect(bl.uitkomst.reisLabel).not.toMatch(U_VORM);
  });
});

describe("stap 5: the step page's end and the logeeropvang tool", () => {
  const l = z.checklist.logeeropvang;

  it("'u' for the applicant", () => {
    expect(z.overzicht.klaarUitleg(ZELF)).toBe(
      "Heeft u met al uw zorgverleners een zorgovereenkomst en een zorgbeschrijving gemaakt? Dan rondt u deze stap af.",
    );
    expect(tekstVoor(l.label, { wie: "aanvrager" })).toBe("Hoeveel etmalen logeeropvang wilt u dit jaar inkopen?");
    expect(tekstVoor(l.uitkomstKop(14), { wie: "aanvrager" })).toBe("Uw aantal: 14 etmalen logeeropvang");
  });

  it("Riet for someone filling in, never 'u' for her", () => {
    // The reader rounds the step off, not Riet: the question names Riet, the request names nobody.
    expect(z.overzicht.klaarUitleg(RIET)).toBe(
      "Is er met alle zorgverleners van Riet een zorgovereenkomst en een zorgbeschrijving gemaakt? Rond deze stap dan af.",
    );
    expect(tekstVoor(l.label, RIET_PUBLIEK)).toContain("Riet");
    expect(tekstVoor(l.label, RIET_PUBLIEK)).not.toMatch(U_VORM);
    expect(tekstVoor(l.uitkomstKop(14), RIET_PUBLIEK)).toBe("Riets aantal: 14 etmalen logeeropvang");
    expect(tekstVoor(l.uitkomstKop(1), RIET_PUBLIEK)).not.toMatch(U_VORM);
  });
});

describe("stap 6: the termijn and verantwoordingsvrij tools", () => {
  const riet = { naam: "Riet" };

  it("'u' for the applicant", () => {
    expect(d.termijn.uitleg(4, null)).toContain("Dan stuurt u de declaratie van uw zorgverlener binnen 4 weken door naar de SVB.");
    expect(d.verantwoordingsvrij.uitleg(null)[0]).toContain("Een klein deel van uw pgb mag u vrij besteden");
    expect(d.verantwoordingsvrij.budgetLabel(null)).toBe("Hoe hoog is uw pgb dit jaar?");
    expect(d.verantwoordingsvrij.zorgLabel(null)).toBe("Heeft u dit jaar zorg betaald uit uw pgb?");
  });

  it("the pgb and the zorgverlener are Riets; the reader still declares and asks ('u'), in sentences of their own", () => {
    expect(d.termijn.uitleg(4, riet)).toBe(
      "Declareert u via Mijn PGB van de SVB, of op papier? Dan gaat de declaratie van een zorgverlener van Riet binnen 4 weken naar de SVB. Vul in op welke dag u de declaratie kreeg. Dan rekenen wij uit wat de laatste dag is.",
    );
    expect(d.verantwoordingsvrij.budgetLabel(riet)).toBe("Hoe hoog is het pgb van Riet dit jaar?");
    expect(d.verantwoordingsvrij.zorgLabel(riet)).toBe("Is er dit jaar zorg betaald uit het pgb van Riet?");
    const uitleg = d.verantwoordingsvrij.uitleg(riet);
    expect(uitleg.join(" ")).toContain("het pgb van Riet");
    for (const alinea of uitleg) expect(alinea).not.toMatch(U_VORM);
    // Each sentence names Riet or speaks to the reader, never both.
    for (const zin of d.termijn.uitleg(4, riet).split(/(?<=[.?])\s/)) expect(zin.includes("Riet") && U_VORM.test(zin)).toBe(false);
  });
});
