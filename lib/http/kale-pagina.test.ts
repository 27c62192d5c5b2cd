import { describe, expect, it } from "vitest";
import serverpaginas from "@/content/serverpaginas.json" with { type: "json" };
import { BEGRIPPEN, CONTACT, PRIVACY, REACTIE, TOEGANKELIJKHEID } from "@/lib/burger-paden";
import { kalePaginaHtml, VOET_PADEN } from "./kale-pagina.mjs";

describe("kalePaginaHtml: the footer of a page built without React", () => {
  it("uses the same paths as the app's footer (lib/burger-paden.ts)", () => {
    expect(VOET_PADEN).toEqual({ privacy: PRIVACY, toegankelijkheid: TOEGANKELIJKHEID, contact: CONTACT, begrippen: BEGRIPPEN, reactie: REACTIE });
  });

  it("links privacy, toegankelijkheid, contact, begrippen and feedback in a named nav", () => {
    const html = kalePaginaHtml(serverpaginas.teGroot, serverpaginas.kader);
    const voet = /<footer>[\s\S]*<\/footer>/.exec(html)?.[0] ?? "";
    const o = serverpaginas.kader.overDezeWebsite;
    expect(voet).toContain(`<nav aria-label="${o.label}">`);
    for (const [sleutel, pad] of Object.entries(VOET_PADEN)) {
      expect(voet).toContain(`<a href="${pad}">${o[sleutel as keyof typeof VOET_PADEN]}</a>`);
    }
  });

  it("without the links in its words, the footer is the sentence alone", () => {
    const kader = { dienstnaam: serverpaginas.kader.dienstnaam, voetTekst: serverpaginas.kader.voetTekst, home: serverpaginas.kader.home };
    expect(kalePaginaHtml(serverpaginas.teGroot, kader)).not.toContain("<nav");
  });
});

describe("foutAntwoord: the error page in the page's language", () => {
  it("in English: lang=en, the English title and footer; in Dutch as before", async () => {
    const { foutAntwoord } = await import("./foutpaden");
    const { foutTeksten } = await import("@/content/en/fouten");
    const engels = await foutAntwoord(400, "ongeldigAdres", "en").text();
    expect(engels).toContain('<html lang="en">');
    expect(engels).toContain(`<h1>${foutTeksten.serverpaginas.ongeldigAdres.titel}</h1>`);
    expect(engels).not.toContain(serverpaginas.ongeldigAdres.titel);
    const nederlands = await foutAntwoord(400, "ongeldigAdres").text();
    expect(nederlands).toContain('<html lang="nl">');
    expect(nederlands).toContain(`<h1>${serverpaginas.ongeldigAdres.titel}</h1>`);
  });
});
