/**
 * Server rendering of the shared components, checked for the accessibility wiring the pages rely
 * on: ids, aria-describedby built only from parts that are present, aria-invalid only on error,
 * fieldset + legend, answers shown again without JavaScript, autofocus on the error summary.
 */
import { createElement as h, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { reden } from "@/rules/redenen";
import type { VeldDefinitie } from "@/lib/wizard/types";
import type { Uitkomst } from "@/rules/types";
import { redenTekst } from "@/content/redenen";
import { metBron } from "@/content/wizard/algemeen";
import { FoutSamenvatting } from "./foutmelding-samenvatting";
import { Knop, KnopLink, TerugLink } from "./knoppen";
import { Melding } from "./melding";
import { DeelRegel, PaginaKop, stapTitel } from "./pagina-kop";
import { SamenvattingLijst } from "./samenvatting";
import { TaakLijst } from "./taaklijst";
import { Uitklap } from "./uitklap";
import { UitkomstBlok, RedenenLijst } from "./uitkomst";
import { UitlegBlokken } from "./uitleg";
import { CheckboxGroep, RadioGroep, TekstVak, TekstVeld, Veld, Velden } from "./velden";

const html = (element: ReactElement) => renderToStaticMarkup(element);

/** The opening tag of the element with this id (or the first tag matching a pattern). */
function tag(markup: string, id: string): string {
  const gevonden = new RegExp(`<[a-z0-9]+[^>]*\\sid="${id}"[^>]*>`).exec(markup);
  if (!gevonden) throw new Error(`geen element met id ${id} in ${markup}`);
  return gevonden[0];
}

/** HTML attribute names are case-insensitive; React writes some in camelCase (autoComplete). */
function attribuut(openingTag: string, naam: string): string | undefined {
  return new RegExp(`\\s${naam}="([^"]*)"`, "i").exec(openingTag)?.[1];
}

const woonvraag = {
  soort: "radio",
  naam: "wonen",
  label: "Waar wilt u wonen?",
  hint: "Kies één antwoord.",
  alsKop: true,
  opties: [
    { waarde: "thuis", label: "Thuis" },
    { waarde: "instelling", label: "In een instelling", hint: "Bijvoorbeeld een verpleeghuis." },
  ],
} satisfies VeldDefinitie;

describe("RadioGroep", () => {
  it("is a fieldset whose legend holds the page's h1 when alsKop", () => {
    const m = html(h(RadioGroep, { veld: woonvraag, waarde: undefined }));
    expect(m).toMatch(/^<div class="mb-8"><fieldset[^>]*><legend[^>]*><h1[^>]*>Waar wilt u wonen\?<\/h1><\/legend>/);
    expect(m.match(/<h1/g)).toHaveLength(1);
  });

  it("renders the kop the page passes inside the legend", () => {
    const kop = h(PaginaKop, { stap: "keuze", titel: "Waar wilt u wonen?", alsLegend: true });
    const m = html(h(RadioGroep, { veld: woonvraag, waarde: undefined, kop }));
    expect(m).toMatch(/<legend[^>]*><h1 tabindex="-1"[^>]*><span[^>]*>Stap 2 van 6<span class="sr-only">, <\/span><\/span>Waar wilt u wonen\?<\/h1><\/legend>/);
  });

  it("puts naKop (Pagina n van m) right after the legend, outside it, so the group's name stays the question", () => {
    const kop = h(PaginaKop, { stap: "keuze", titel: "Waar wilt u wonen?", alsLegend: true, deel: { nummer: 1, aantal: 3 } });
    const m = html(h(RadioGroep, { veld: woonvraag, waarde: undefined, kop, naKop: h(DeelRegel, { deel: { nummer: 1, aantal: 3 } }) }));
    expect(m).toMatch(/<\/h1><\/legend><p class="[^"]*">Pagina 1 van 3<\/p><div id="wonen-hint"/);
    expect(m.match(/Pagina 1 van 3/g)).toHaveLength(1);
  });

  it("ids the first radio veld-<naam>, ties hints, and describes the fieldset by present parts only", () => {
    const m = html(h(RadioGroep, { veld: woonvraag, waarde: "instelling" }));
    expect(attribuut(tag(m, "veld-wonen"), "type")).toBe("radio");
    expect(attribuut(tag(m, "veld-wonen"), "aria-describedby")).toBeUndefined();
    expect(attribuut(tag(m, "veld-wonen-2"), "aria-describedby")).toBe("veld-wonen-2-hint");
    expect(tag(m, "veld-wonen-2-hint")).toBeTruthy();
    expect(m).toMatch(/<fieldset aria-describedby="wonen-hint">/);
    expect(m).not.toContain("wonen-fout");
    expect(m).not.toContain("aria-invalid");
    expect(m).toContain('<label for="veld-wonen"');
    expect(m).toContain('<label for="veld-wonen-2"');
  });

  it("checks the saved answer so a page without JavaScript shows it again", () => {
    const m = html(h(RadioGroep, { veld: woonvraag, waarde: "instelling" }));
    expect(tag(m, "veld-wonen-2")).toContain('checked=""');
    expect(tag(m, "veld-wonen")).not.toContain("checked");
  });

  it("shows the error with a hidden 'Fout:' and a red border, and adds it to the description", () => {
    const m = html(h(RadioGroep, { veld: woonvraag, waarde: undefined, fout: "Kies waar u wilt wonen." }));
    expect(m).toMatch(/^<div class="[^"]*border-fout[^"]*">/);
    expect(m).toContain('<fieldset aria-describedby="wonen-hint wonen-fout">');
    expect(m).toContain('<p id="wonen-fout" class="mb-3 font-bold text-fout"><span class="sr-only">Fout: </span>Kies waar u wilt wonen.</p>');
  });

  it("without hint or error has no aria-describedby at all", () => {
    const m = html(h(RadioGroep, { veld: { ...woonvraag, hint: undefined, alsKop: false }, waarde: undefined }));
    expect(m).toContain("<fieldset>");
    expect(m).toMatch(/<legend[^>]*>Waar wilt u wonen\?<\/legend>/);
    expect(m).not.toContain("<h1");
  });

  it("spreads invoerProps onto every native input, without overriding ids or names", () => {
    const m = html(
      h(RadioGroep, {
        veld: woonvraag,
        waarde: undefined,
        invoerProps: (naam) => ({ name: naam, "data-rhf": naam, id: "fout-id" }),
      }),
    );
    expect(m.match(/data-rhf="wonen"/g)).toHaveLength(2);
    expect(m).not.toContain("fout-id");
    expect(m.match(/name="wonen"/g)).toHaveLength(2);
  });

  it("renders inline radios side by side", () => {
    const m = html(h(RadioGroep, { veld: { ...woonvraag, inline: true }, waarde: undefined }));
    expect(m).toContain('class="flex flex-wrap gap-x-6"');
  });
});

describe("CheckboxGroep", () => {
  const veld = {
    soort: "checkboxes",
    naam: "zorg",
    label: "Welke zorg wilt u?",
    opties: [
      { waarde: "a", label: "A" },
      { waarde: "b", label: "B" },
      { waarde: "c", label: "C" },
    ],
  } satisfies VeldDefinitie;

  it("checks every saved value and ids the first box", () => {
    const m = html(h(CheckboxGroep, { veld, waarde: ["a", "c"] }));
    expect(attribuut(tag(m, "veld-zorg"), "type")).toBe("checkbox");
    expect(tag(m, "veld-zorg")).toContain("checked");
    expect(tag(m, "veld-zorg-2")).not.toContain("checked");
    expect(tag(m, "veld-zorg-3")).toContain("checked");
    expect(m).toContain("<fieldset>");
  });

  it("accepts a single string as one checked value", () => {
    const m = html(h(CheckboxGroep, { veld, waarde: "b" }));
    expect(tag(m, "veld-zorg-2")).toContain("checked");
  });
});

describe("TekstVeld", () => {
  const veld = {
    soort: "tekst",
    naam: "naam",
    label: "Voornaam",
    hint: "Niet verplicht.",
    autocomplete: "given-name",
    breedte: "midden",
  } satisfies VeldDefinitie;

  it("ties label, hint and value to the input", () => {
    const m = html(h(TekstVeld, { veld, waarde: "Anna" }));
    const invoer = tag(m, "veld-naam");
    expect(m).toContain('<label for="veld-naam"');
    expect(attribuut(invoer, "aria-describedby")).toBe("naam-hint");
    expect(attribuut(invoer, "value")).toBe("Anna");
    expect(attribuut(invoer, "autocomplete")).toBe("given-name");
    expect(attribuut(invoer, "type")).toBe("text");
    expect(invoer).not.toContain("aria-invalid");
  });

  it("marks an error with aria-invalid and describes the input by hint and error", () => {
    const m = html(h(TekstVeld, { veld, waarde: undefined, fout: "Te lang." }));
    const invoer = tag(m, "veld-naam");
    expect(attribuut(invoer, "aria-invalid")).toBe("true");
    expect(attribuut(invoer, "aria-describedby")).toBe("naam-hint naam-fout");
    expect(attribuut(invoer, "class")).toContain("border-fout");
    expect(m.indexOf("naam-hint")).toBeLessThan(m.indexOf('id="naam-fout"'));
    expect(m.indexOf('id="naam-fout"')).toBeLessThan(m.indexOf('id="veld-naam"'));
  });

  it("has no aria-describedby without hint and error", () => {
    const m = html(h(TekstVeld, { veld: { ...veld, hint: undefined }, waarde: undefined }));
    expect(tag(m, "veld-naam")).not.toContain("aria-describedby");
    expect(m).not.toContain("value=");
  });

  it("passes type, inputmode and invoerProps", () => {
    const m = html(
      h(TekstVeld, {
        veld: { ...veld, type: "tel", inputMode: "tel" },
        waarde: undefined,
        invoerProps: () => ({ "data-rhf": "ja" }),
      }),
    );
    const invoer = tag(m, "veld-naam");
    expect(attribuut(invoer, "type")).toBe("tel");
    expect(attribuut(invoer, "inputmode")).toBe("tel");
    expect(attribuut(invoer, "data-rhf")).toBe("ja");
  });
});

describe("TekstVak", () => {
  it("shows the saved text, the limit as a described line, and no maxlength", () => {
    const veld = { soort: "tekstvak", naam: "toelichting", label: "Toelichting", maxLengte: 500 } satisfies VeldDefinitie;
    const m = html(h(TekstVak, { veld, waarde: "Eerste regel\nTweede", fout: "Te lang." }));
    const vak = tag(m, "veld-toelichting");
    expect(vak.startsWith("<textarea")).toBe(true);
    expect(attribuut(vak, "aria-describedby")).toBe("toelichting-fout toelichting-info");
    expect(attribuut(vak, "aria-invalid")).toBe("true");
    expect(attribuut(vak, "rows")).toBe("5");
    expect(vak).not.toContain("maxlength");
    expect(m).toContain(">Eerste regel\nTweede</textarea>");
    expect(m).toContain("U kunt maximaal 500 tekens invullen.");
  });
});

describe("Veld and Velden", () => {
  it("switches on soort and hands each field its value, error and the kop", () => {
    const velden: VeldDefinitie[] = [
      woonvraag,
      { soort: "tekst", naam: "plaats", label: "Plaats" },
      { soort: "tekstvak", naam: "uitleg", label: "Uitleg" },
    ];
    const m = html(
      h(Velden, {
        velden,
        waarden: { wonen: "thuis", plaats: "Utrecht" },
        fouten: { plaats: "Vul een plaats in." },
        kop: h("span", { id: "mijn-kop" }, "Kop"),
      }),
    );
    expect(tag(m, "veld-wonen")).toContain("checked");
    expect(attribuut(tag(m, "veld-plaats"), "value")).toBe("Utrecht");
    expect(attribuut(tag(m, "veld-plaats"), "aria-invalid")).toBe("true");
    expect(tag(m, "veld-uitleg").startsWith("<textarea")).toBe(true);
    expect(m).toMatch(/<legend[^>]*><span id="mijn-kop">Kop<\/span><\/legend>/);
    expect(html(h(Veld, { veld: { soort: "tekst", naam: "x", label: "X" } }))).toContain('id="veld-x"');
  });

  it("draws a field with alleenBij under its option, inside the group, visible on the server; the options stack", () => {
    const velden: VeldDefinitie[] = [
      { soort: "radio", naam: "hulp", label: "Heeft u hulp?", opties: [{ waarde: "ja", label: "Ja" }, { waarde: "nee", label: "Nee" }], inline: true },
      { soort: "tekst", naam: "hulpNaam", label: "Naam", alleenBij: { veld: "hulp", waarde: "ja" } },
      { soort: "radio", naam: "hulpWv", label: "Vertegenwoordiger?", opties: [{ waarde: "ja", label: "Ja" }], alleenBij: { veld: "hulp", waarde: "ja" } },
      { soort: "tekst", naam: "daarna", label: "Daarna" },
    ];
    const m = html(h(Velden, { velden, waarden: { hulpNaam: "Ans" }, fouten: { hulpNaam: "Te lang." } }));
    const ja = m.indexOf('id="veld-hulp"');
    const blok = m.indexOf('id="veld-hulp-onthul"');
    const naam = m.indexOf('id="veld-hulpNaam"');
    const wv = m.indexOf('id="veld-hulpWv"');
    const nee = m.indexOf('id="veld-hulp-2"');
    const fieldsetEinde = m.indexOf("</fieldset>", wv);
    // Ja, then the block with the details in their order, then Nee, all in the first group.
    expect([ja, blok, naam, wv, nee].every((plek, i, rij) => plek > (rij[i - 1] ?? -1))).toBe(true);
    expect(m.indexOf("</fieldset>", nee)).toBeGreaterThan(fieldsetEinde);
    expect(m.indexOf('id="veld-daarna"')).toBeGreaterThan(m.indexOf("</fieldset>", nee));
    // Each field is drawn once. The markup never hides the block: CSS does, from the radios'
    // :checked (app/globals.css), so the page is the same with and without JavaScript.
    expect(m.match(/id="veld-hulpNaam"/g)).toHaveLength(1);
    expect(tag(m, "veld-hulp-onthul")).not.toMatch(/\shidden/);
    expect(attribuut(tag(m, "veld-hulp-onthul"), "class")).toMatch(/(^|\s)onthul(\s|$)/);
    // Every option row of the group is marked, for the rule that hides the block once another is chosen.
    expect(m.slice(0, ja)).toMatch(/<div class="onthul-optie [^"]*"><input[^>]*$/);
    expect(m.slice(0, nee)).toMatch(/<div class="onthul-optie [^"]*"><input[^>]*$/);
    // The block holds an error, so it stays open while nothing is chosen.
    expect(attribuut(tag(m, "veld-hulp-onthul"), "data-fout")).toBe("");
    // The line for a browser without :has() opens the block, then the fields; it is not a field's hint.
    expect(m.slice(blok, naam)).toContain('<p class="onthul-uitleg mb-4 text-grijs">Alleen invullen als u ja kiest.</p>');
    expect(attribuut(tag(m, "veld-hulpNaam"), "value")).toBe("Ans");
    expect(m).not.toContain("flex flex-wrap gap-x-6");
  });

  it("a revealed block without an error has no data-fout, so CSS hides it until its option is chosen", () => {
    const velden: VeldDefinitie[] = [
      { soort: "radio", naam: "hulp", label: "Heeft u hulp?", opties: [{ waarde: "ja", label: "Ja" }, { waarde: "nee", label: "Nee" }] },
      { soort: "tekst", naam: "hulpNaam", label: "Naam", alleenBij: { veld: "hulp", waarde: "ja" } },
    ];
    const m = html(h(Velden, { velden }));
    expect(attribuut(tag(m, "veld-hulp-onthul"), "data-fout")).toBeUndefined();
  });

  it("draws a field with alleenBij in place when its group is not on the page", () => {
    const m = html(h(Velden, { velden: [{ soort: "tekst", naam: "los", label: "Los", alleenBij: { veld: "weg", waarde: "ja" } }] }));
    expect(m).toContain('id="veld-los"');
    expect(m).not.toContain("onthul");
  });
});

describe("FoutSamenvatting", () => {
  it("renders nothing without errors", () => {
    expect(html(h(FoutSamenvatting, { fouten: [] }))).toBe("");
  });

  it("is focusable, autofocused on load, an alert, and links to each field", () => {
    const m = html(
      h(FoutSamenvatting, {
        fouten: [
          { naam: "wonen", tekst: "Kies waar u wilt wonen." },
          { naam: "plaats", tekst: "Vul een plaats in." },
        ],
      }),
    );
    expect(m).toMatch(/^<div tabindex="-1" autofocus="" data-fout-samenvatting=""/);
    expect(m).toContain('<div role="alert"><h2');
    expect(m).toContain(">Er is een probleem</h2>");
    expect(m).toContain('href="#veld-wonen"');
    expect(m).toContain('href="#veld-plaats"');
    expect(m).toContain(">Vul een plaats in.</a>");
  });
});

describe("PaginaKop", () => {
  it("is one focusable h1 with the step caption inside it", () => {
    const m = html(h(PaginaKop, { stap: "keuze", titel: "Waar wilt u wonen?" }));
    expect(m).toMatch(/^<h1 tabindex="-1" class="[^"]*">/);
    expect(m.replace(/<[^>]+>/g, "")).toBe("Stap 2 van 6, Waar wilt u wonen?");
    expect(m).not.toContain("autofocus");
  });

  it("shows Pagina n van m in a line right after the h1, not in it", () => {
    const m = html(h(PaginaKop, { stap: "aanvraag", titel: "Persoonsgegevens", deel: { nummer: 4, aantal: 12 } }));
    expect(m).toMatch(/^<h1 tabindex="-1" class="[^"]*">.*<\/h1><p class="[^"]*">Pagina 4 van 12<\/p>$/);
    expect(/<h1[^>]*>(.*)<\/h1>/.exec(m)?.[1]?.replace(/<[^>]+>/g, "")).toBe("Stap 3 van 6, Persoonsgegevens");
  });

  it("has no caption without a step", () => {
    expect(html(h(PaginaKop, { titel: "Controleer uw antwoorden" })).replace(/<[^>]+>/g, "")).toBe("Controleer uw antwoorden");
  });

  it("stapTitel makes the document title", () => {
    expect(stapTitel("keuze", "Waar wilt u wonen?")).toBe("Stap 2 van 6: Waar wilt u wonen?");
    expect(stapTitel(undefined, "Start")).toBe("Start");
  });
});

describe("knoppen", () => {
  it("Knop is a submit button saying Doorgaan, with name, value and formAction", () => {
    expect(html(h(Knop, {}))).toMatch(/^<button type="submit" class="[^"]*bg-goed[^"]*">Doorgaan<\/button>$/);
    const m = html(h(Knop, { variant: "secundair", name: "actie", value: "opslaan", formAction: "/opslaan", children: "Opslaan" }));
    expect(m).toContain('name="actie"');
    expect(m).toContain('value="opslaan"');
    expect(m).toContain('formAction="/opslaan"');
    expect(m).toContain("bg-vlak");
  });

  it("KnopLink is a link (Start nu), TerugLink says Terug", () => {
    const start = html(h(KnopLink, { href: "/begin", start: true }));
    expect(start).toMatch(/^<a [^>]*href="\/begin"/);
    expect(start).toContain("Start nu");
    expect(start).toContain('aria-hidden="true"');
    expect(start).not.toContain('role="button"');
    expect(html(h(TerugLink, { href: "/vorige" }))).toMatch(/^<a [^>]*href="\/vorige"[^>]*>Terug<\/a>$/);
  });
});

describe("TaakLijst", () => {
  const m = html(
    h(TaakLijst, {
      taken: [
        { nummer: 1, titel: "Indicatie", href: "/stap/indicatie", status: "klaar" },
        { nummer: 2, titel: "Keuze", href: "/stap/keuze", status: "bezig", uitleg: "U bent halverwege." },
        { nummer: 3, titel: "Aanvraag", href: null, status: "kan-nog-niet", uitleg: "Eerst stap 2." },
        { nummer: 4, titel: "Toekenning", href: "/stap/toekenning", status: "niet-begonnen" },
        { nummer: 5, titel: "Versturen", href: "/versturen", status: "verstuurd", datum: "04-12-2026" },
      ],
    }),
  );

  it("is an ordered list with status text on every item", () => {
    expect(m.startsWith("<ol")).toBe(true);
    expect(m.match(/<li /g)).toHaveLength(5);
    for (const tekst of ["Klaar", "Bezig", "Kan nog niet", "Nog niet begonnen"]) expect(m).toContain(`>${tekst}</span>`);
  });

  it("says on which day a status with a date was reached", () => {
    expect(m).toContain(">Verstuurd op 04-12-2026</span>");
  });

  it("describes each link by its explanation and status", () => {
    expect(m).toMatch(/<a [^>]*href="\/stap\/indicatie"[^>]*aria-describedby="taak-1-status"|<a [^>]*aria-describedby="taak-1-status"[^>]*href="\/stap\/indicatie"/);
    expect(m).toContain('aria-describedby="taak-2-uitleg taak-2-status"');
    expect(tag(m, "taak-2-uitleg")).toBeTruthy();
    expect(tag(m, "taak-4-status")).toBeTruthy();
  });

  it("says how long a step takes, as part of the link's description, and what to have at hand", () => {
    const metDuur = html(
      h(TaakLijst, {
        taken: [{ nummer: 3, titel: "Aanvraag", href: "/stap/aanvraag", status: "niet-begonnen", duur: "Ongeveer 20 minuten.", nodig: ["Het indicatiebesluit."] }],
      }),
    );
    expect(metDuur).toContain('aria-describedby="taak-3-duur taak-3-status"');
    expect(metDuur).toMatch(/<p id="taak-3-duur"[^>]*>Ongeveer 20 minuten\.<\/p>/);
    // Folded in a native <details>, closed: the time stays in view, the list opens on request.
    expect(metDuur).toMatch(/<details(?![^>]*\sopen)[^>]*><summary[^>]*>Wat heeft u nodig\?<\/summary><div[^>]*><ul[^>]*><li>Het indicatiebesluit\.<\/li><\/ul><\/div><\/details>/);
    expect(metDuur.indexOf('id="taak-3-duur"')).toBeLessThan(metDuur.indexOf("<details"));
    expect(m).not.toContain("Wat heeft u nodig?");
  });

  it("shows a step that cannot start yet as one compact row: number, name, status and why, no link", () => {
    expect(m).not.toContain("taak-3-uitleg taak-3-status");
    const rij = m.slice(m.indexOf("Stap 3"), m.indexOf("</li>", m.indexOf("Stap 3")));
    expect(rij).toMatch(/Stap 3<\/span><span class="sr-only">:<\/span> <span class="font-bold">Aanvraag<\/span><\/p>/);
    expect(rij).toMatch(/<p [^>]*><span id="taak-3-status">Kan nog niet<\/span>\. <span id="taak-3-uitleg">Eerst stap 2\.<\/span><\/p>/);
    expect(rij).not.toContain("<a ");
  });

  it("folds the time with what to have at hand where the step is not the next one; the next one stands out", () => {
    const twee = html(
      h(TaakLijst, {
        taken: [
          { nummer: 1, titel: "Indicatie", href: "/stap/indicatie", status: "niet-begonnen", duur: "Ongeveer 5 minuten.", nodig: ["Het indicatiebesluit."] },
          { nummer: 2, titel: "Keuze", href: null, status: "kan-nog-niet", uitleg: "Eerst stap 1.", duur: "Ongeveer 5 minuten.", nodig: ["Een idee."] },
        ],
      }),
    );
    expect(twee.match(/data-volgende/g)).toHaveLength(1);
    expect(twee.indexOf("data-volgende")).toBeLessThan(twee.indexOf("Indicatie"));
    expect(twee).toMatch(/<details(?![^>]*\sopen)[^>]*><summary[^>]*>Tijd en wat u nodig heeft<\/summary><div[^>]*><p id="taak-2-duur"[^>]*>Ongeveer 5 minuten\.<\/p><ul/);
    expect(twee.indexOf('id="taak-1-duur"')).toBeLessThan(twee.indexOf("<details"));
  });
});

describe("SamenvattingLijst", () => {
  it("is a dl with a Wijzig link naming the question, and keeps line breaks", () => {
    const m = html(
      h(SamenvattingLijst, {
        rijen: [
          { vraag: "Waar wilt u wonen?", antwoord: "Thuis", wijzigHref: "/vraag/wonen" },
          { vraag: "Adres", antwoord: "Straat 1\n1234 AB Utrecht" },
        ],
      }),
    );
    expect(m).toMatch(/^<dl/);
    expect(m).toContain("<dt");
    expect(m).toContain('Wijzig<span class="sr-only"> Waar wilt u wonen?</span></a>');
    expect(m).toContain("whitespace-pre-line");
    expect(m).toContain("Straat 1\n1234 AB Utrecht");
    expect(m.match(/<a /g)).toHaveLength(1);
  });
});

describe("UitkomstBlok and RedenenLijst", () => {
  const uitkomst: Uitkomst = {
    uitkomst: "navragen",
    redenen: [reden("LV-02", "lv.pgb-thuis")],
  };

  it("shows the outcome in words and each reason with rule and brochure section", () => {
    const m = html(h(UitkomstBlok, { titel: "Pgb", uitkomst }));
    expect(m).toContain(">Pgb</h2>");
    expect(m).toContain(">Het zorgkantoor beslist</span>");
    expect(m).toContain("Regel LV-02");
    expect(m).toContain("Bron: Stap 2, 3. Persoonsgebonden budget");
    expect(m.replace(/<span aria-hidden="true"> · <\/span>/, "").replace(/<[^>]+>/g, "")).toContain(
      "Regel LV-02, Bron: Stap 2, 3. Persoonsgebonden budget",
    );
  });

  it("words ja and nee, and takes an h3", () => {
    expect(html(h(UitkomstBlok, { titel: "A", uitkomst: { ...uitkomst, uitkomst: "ja" }, kopNiveau: 3 }))).toMatch(/<h3[^>]*>A<\/h3>.*>Mogelijk</);
    expect(html(h(UitkomstBlok, { titel: "B", uitkomst: { ...uitkomst, uitkomst: "nee" } }))).toContain(">Niet mogelijk<");
  });

  it("RedenenLijst renders nothing without reasons", () => {
    expect(html(h(RedenenLijst, { redenen: [] }))).toBe("");
  });

  it("puts the citations behind one native 'Waarom?' disclosure, after the reasons in words", () => {
    const m = html(h(UitkomstBlok, { titel: "Pgb", uitkomst: { uitkomst: "ja", redenen: [reden("LV-02", "lv.pgb-thuis"), reden("AV-05", "av.keuzegesprek")] } }));
    const details = /<details[^>]*>.*<\/details>/.exec(m)?.[0] ?? "";
    expect(details).toMatch(/<summary[^>]*>Waarom\? \(regels LV-02 en AV-05\)<\/summary>/);
    expect(details).toContain("Regel LV-02");
    expect(details).toContain("Regel AV-05");
    // The reasons in words stay in sight, before the disclosure; only the citations fold away.
    const voor = m.slice(0, m.indexOf("<details"));
    expect(voor).not.toContain("Regel ");
    expect(voor.replace(/<[^>]+>/g, "")).toContain(redenTekst(reden("LV-02", "lv.pgb-thuis")));
    expect(m.match(/<details/g)).toHaveLength(1);
  });

  it("shows the citation under each reason where the list is already behind a 'Waarom?'", () => {
    const m = html(h(RedenenLijst, { redenen: [reden("LV-02", "lv.pgb-thuis")], waarom: "geen" }));
    expect(m).not.toContain("<details");
    expect(m).toContain("Regel LV-02");
  });

  it("cites a rule in running text in the same words and order as on the page", () => {
    expect(metBron(reden("LV-02", "lv.pgb-thuis"))).toMatch(/ \(Regel LV-02, Bron: Stap 2, 3\. Persoonsgebonden budget\)$/);
  });
});

describe("Melding", () => {
  it("succes is a status; others are regions named by their heading", () => {
    expect(html(h(Melding, { soort: "succes", children: "Opgeslagen." }))).toMatch(/^<div role="status"[^>]*>.*>Gelukt<\/h2>.*Opgeslagen\./);
    const m = html(h(Melding, { soort: "waarschuwing", titel: "Let goed op", children: h("p", null, "Tekst") }));
    const labelledby = /^<div role="region" aria-labelledby="([^"]+)"/.exec(m)?.[1];
    expect(labelledby).toBeTruthy();
    expect(m).toContain(`<h2 id="${labelledby}"`);
    expect(m).toContain(">Let goed op</h2>");
  });
});

describe("UitlegBlokken and Uitklap", () => {
  it("renders kop as h2, alineas as p, lijst as ul", () => {
    const m = html(h(UitlegBlokken, { uitleg: [{ kop: "Wat is een pgb?", alineas: ["Een.", "Twee."], lijst: ["x", "y"] }, { alineas: ["Los."] }] }));
    expect(m).toContain(">Wat is een pgb?</h2>");
    expect(m.match(/<p /g)).toHaveLength(3);
    expect(m).toMatch(/<ul[^>]*><li>x<\/li><li>y<\/li><\/ul>/);
  });

  it("uses native details and summary", () => {
    const m = html(h(Uitklap, { samenvatting: "Wat betekent dit?", children: "Uitleg." }));
    expect(m).toMatch(/^<details[^>]*><summary[^>]*>Wat betekent dit\?<\/summary><div[^>]*>Uitleg\.<\/div><\/details>$/);
  });
});
