import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MetNederlands } from "./nederlands-deel";

const html = (tekst: string, nederlands: string, taal: "nl" | "en") => renderToStaticMarkup(h(MetNederlands, { tekst, nederlands, taal }));

describe("MetNederlands: Dutch quoted in an English sentence", () => {
  it("marks the quoted Dutch on an English page", () => {
    expect(html("Source: Brochure, situatie per 1 januari 2022.", "Brochure, situatie per 1 januari 2022", "en")).toBe(
      'Source: <span lang="nl">Brochure, situatie per 1 januari 2022</span>.',
    );
  });

  it("leaves a Dutch page, and a sentence without the part, as they are", () => {
    expect(html("Bron: Brochure.", "Brochure", "nl")).toBe("Bron: Brochure.");
    expect(html("Source: none.", "Brochure", "en")).toBe("Source: none.");
    expect(html("5VV", "", "en")).toBe("5VV");
  });
});
