"use client";
/**
 * An error no check of ours caught, while a page rendered: our own page, in the page's language
 * (docs/decisions/032-talen.md), inside the site's header and footer instead of Next's one. The status stays 500 (it is our fault, not the
 * person's); the error itself is in the server's log under its digest. Both ways on are plain
 * links, which load a whole new page: they work without JavaScript, and with it they do not
 * depend on the client-side router that may be what failed (docs/decisions/024-foutpaden.md).
 */
import { PaginaKop } from "@/components/pagina-kop";
import { useTaal } from "@/components/taal";
import { foutTeksten as en } from "@/content/en/fouten";
import { foutTeksten as nl } from "@/content/fouten";
import { inTaal } from "@/content/vertaling";

export default function Fout() {
  const foutTeksten = inTaal(useTaal(), nl, en);
  const t = foutTeksten.fout;
  return (
    <>
      <title>{t.titel}</title>
      <PaginaKop titel={t.titel} />
      <p className="mb-4">{t.tekst}</p>
      <p className="mb-6">{t.bewaard}</p>
      <ul className="mb-6 flex list-none flex-col gap-2 p-0">
        <li>
          {/* An empty href is this page again, its query too: a fresh request. */}
          <a href="">{t.opnieuw}</a>
        </li>
        <li>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a whole new page on purpose (see above) */}
          <a href="/">{foutTeksten.home}</a>
        </li>
      </ul>
    </>
  );
}
