/**
 * "Mail deze link" in the page's language (docs/decisions/032-talen.md): the link's words and the
 * mail the person's own mail program opens, its subject and body, in English on an English page.
 */
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { linkDoorgeven as en } from "@/content/en/link-doorgeven";
import { linkDoorgeven as nl } from "@/content/link-doorgeven";
import { LinkDoorgeven } from "./link-doorgeven";

const LINK = "https://pgb.example.nl/hervat?sleutel=AbC-_12.xyz";

/** The mailto's subject and body as a mail program reads them. */
function mail(html: string): { onderwerp: string; tekst: string } {
  const href = /href="(mailto:[^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, "&") ?? "";
  const velden = new URLSearchParams(href.slice(href.indexOf("?") + 1).replace(/\+/g, "%2B"));
  return { onderwerp: velden.get("subject") ?? "", tekst: velden.get("body") ?? "" };
}

function maak(taal: "nl" | "en"): string {
  const t = taal === "en" ? en : nl;
  return renderToStaticMarkup(
    h(LinkDoorgeven, {
      id: "x",
      label: "Link",
      link: LINK,
      geldig: "03-01-2027",
      mail: { onderwerp: t.hervat.onderwerp, tekst: t.hervat.tekst(LINK, "03-01-2027") },
      kopieer: "Copy",
      gekopieerd: "Copied",
      taal,
    }),
  );
}

describe("LinkDoorgeven", () => {
  it("offers 'Email this link' and a mail in English on an English page, with the link whole", () => {
    const html = maak("en");
    expect(html).toContain(en.mail);
    expect(html).toContain(en.mailUitleg);
    expect(html).not.toContain(nl.mail);
    const { onderwerp, tekst } = mail(html);
    expect(onderwerp).toBe(en.hervat.onderwerp);
    expect(tekst).toBe(en.hervat.tekst(LINK, "03-01-2027").replace(/\n/g, "\r\n"));
    expect(tekst).toContain(`\r\n${LINK}\r\n`);
  });

  it("stays Dutch by default", () => {
    const html = renderToStaticMarkup(
      h(LinkDoorgeven, { id: "x", label: "Link", link: LINK, geldig: "", mail: { onderwerp: nl.hervat.onderwerp, tekst: "" }, kopieer: "", gekopieerd: "" }),
    );
    expect(html).toContain(nl.mail);
    expect(mail(html).onderwerp).toBe(nl.hervat.onderwerp);
  });
});
