/**
 * "Bewaren en later verder" is a link: it does not send what is typed on the page. Neither the
 * link nor the page it opens may say that everything is saved without saying so.
 */
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { aanvraag } from "@/content/aanvraag";
import { componenten } from "@/content/componenten";
import { BewaarLink } from "./bewaar-link";

describe("Bewaren en later verder", () => {
  it("says under a form that typed text is saved only by the form's own button", () => {
    const html = renderToStaticMarkup(h(BewaarLink, { metVelden: true }));
    expect(html).toContain(componenten.bewaarLink.eerstKnop);
    expect(html.indexOf(componenten.bewaarLink.eerstKnop)).toBeLessThan(html.indexOf(componenten.bewaarLink.knop));
  });

  it("says nothing about typed text on a page without fields", () => {
    expect(renderToStaticMarkup(h(BewaarLink, { metVelden: false }))).not.toContain(componenten.bewaarLink.eerstKnop);
  });

  it("the bewaren page does not claim that all answers are saved, and says what is not", () => {
    const tekst = aanvraag.bewaren.uitleg.join(" ");
    expect(tekst).not.toMatch(/Uw antwoorden zijn bewaard/);
    expect(tekst).toMatch(/niet op de knop gedrukt\? Dan is dat niet bewaard/);
  });
});
