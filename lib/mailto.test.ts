import { describe, expect, it } from "vitest";
import { mailtoLink } from "./mailto";

/** What a mail program reads back: RFC 6068's fields, percent-decoded. */
function lees(link: string): { aan: string; velden: Map<string, string> } {
  expect(link.startsWith("mailto:")).toBe(true);
  const [aan = "", query = ""] = link.slice("mailto:".length).split("?");
  const velden = new Map(
    query.split("&").map((deel) => {
      const [naam = "", waarde = ""] = deel.split("=");
      return [naam, decodeURIComponent(waarde)];
    }),
  );
  return { aan: decodeURIComponent(aan), velden };
}

describe("mailtoLink", () => {
  const link = "https://pgb.example.nl/hervat?sleutel=AbC-_12.xyz=&x=1#deel";

  it("keeps a link in the body whole: ?, &, = and # are encoded and cannot end the field", () => {
    const uit = mailtoLink({ onderwerp: "Uw link", tekst: `Ga verder:\n\n${link}` });
    expect(uit).not.toContain("#");
    expect(uit.split("&")).toHaveLength(2);
    expect(uit.split("?")).toHaveLength(2);
    expect(lees(uit).velden.get("body")).toBe(`Ga verder:\r\n\r\n${link}`);
  });

  it("writes spaces as %20, never +, and line breaks as %0D%0A", () => {
    const uit = mailtoLink({ onderwerp: "Link om mee te kijken", tekst: "regel 1\nregel 2\r\nregel 3" });
    expect(uit).toContain("subject=Link%20om%20mee%20te%20kijken");
    expect(uit).not.toContain("+");
    expect(uit).toContain("body=regel%201%0D%0Aregel%202%0D%0Aregel%203");
  });

  it("encodes accents and other non-ASCII characters as UTF-8", () => {
    const uit = mailtoLink({ onderwerp: "Reactie op één pagina – zo'n fout", tekst: "café €" });
    expect(uit).toContain("%C3%A9%C3%A9n");
    expect(uit).toContain("%E2%80%93");
    expect(uit).toContain("caf%C3%A9%20%E2%82%AC");
    expect(lees(uit).velden.get("subject")).toBe("Reactie op één pagina – zo'n fout");
    // Only ASCII in the address itself.
    expect(/^[\x21-\x7e]*$/.test(uit)).toBe(true);
  });

  it("has no recipient by default, and keeps the @ of one that is given", () => {
    expect(mailtoLink({ onderwerp: "a", tekst: "b" })).toBe("mailto:?subject=a&body=b");
    const uit = mailtoLink({ aan: "reactie@pgb-wlz-aanvragen.example", onderwerp: "a b", tekst: "c" });
    expect(uit).toBe("mailto:reactie@pgb-wlz-aanvragen.example?subject=a%20b&body=c");
    expect(lees(uit).aan).toBe("reactie@pgb-wlz-aanvragen.example");
  });
});
