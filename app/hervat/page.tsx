/**
 * `GET /hervat?sleutel=<id>.<key>`: the resume link. It shows which application the link opens
 * and opens nothing: a GET never sets or replaces the draft cookie. Only the button (a plain form
 * posting the key to /hervat/openen, from this site) opens it. When this browser already has
 * another application open, the page says so, what happens to it, and offers the way back to it.
 * A wrong or expired link goes to the page that explains it, and counts for the rate limit.
 * docs/decisions/022-links-openen.md
 */
import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { Knop, KnopLink } from "@/components/knoppen";
import { Melding } from "@/components/melding";
import { PaginaKop } from "@/components/pagina-kop";
import { linksOpenen as linksOpenenEn } from "@/content/en/links-openen";
import { linksOpenen } from "@/content/links-openen";
import { inTaal } from "@/content/vertaling";
import { leesTaal } from "@/lib/taal";
import { verzoekMetKoppen } from "@/lib/http/link-formulier";
import { linkPoging } from "@/lib/http/link-pogingen";
import { formatDatumTijdstip as datum } from "@/lib/wizard/datum";
import { bekijkHervatLink } from "@/lib/wizard/hervatten";
import { HERVAT_OPENEN, HERVAT_TE_VAAK, hervatMisluktPad, OVERZICHT } from "@/lib/wizard/paden";

async function woorden() {
  return inTaal(await leesTaal(), linksOpenen, linksOpenenEn).hervat;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await woorden()).titel };
}
export const dynamic = "force-dynamic";

/** The key travels in the body of this site's own post, never in the address it lands on. */
function OpenFormulier({ sleutel, knop, variant }: { sleutel: string; knop: string; variant: "primair" | "secundair" }) {
  return (
    <form action={HERVAT_OPENEN} method="post">
      <input type="hidden" name="sleutel" value={sleutel} />
      <Knop variant={variant}>{knop}</Knop>
    </form>
  );
}

export default async function HervatLink({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const poging = linkPoging(verzoekMetKoppen(await headers()));
  const { sleutel } = await searchParams;
  const token = typeof sleutel === "string" ? sleutel : null;
  const blik = await bekijkHervatLink(token);
  if (blik.status !== "ok" || token === null) {
    // A failure from an address that used up its failures gets the 429 page (via its route).
    if (poging.mislukt() !== null) redirect(HERVAT_TE_VAAK);
    redirect(hervatMisluktPad(blik.status === "ok" ? "sleutel-onjuist" : blik.status));
  }
  const { link, huidig } = blik;
  const t = await woorden();

  if (huidig.soort === "zelfde") {
    return (
      <>
        <PaginaKop titel={t.titel} />
        <p className="mb-6">{t.zelfde.tekst}</p>
        <KnopLink href={OVERZICHT}>{t.zelfde.verder}</KnopLink>
      </>
    );
  }

  if (huidig.soort === "andere") {
    const h = huidig.kenmerken;
    return (
      <>
        <PaginaKop titel={t.titel} />
        <Melding soort="waarschuwing" titel={t.andere.titel}>
          <p className="mb-4">{t.andere.welke(datum(link.aangemaaktOp), link.stap)}</p>
          <p className="mb-4">{t.andere.huidig(datum(h.aangemaaktOp), h.stap, datum(h.verlooptOp))}</p>
          <p>{t.andere.terugHalen}</p>
        </Melding>
        <p className="mb-6">{t.letOp}</p>
        {/* Going back is the safe choice, so it is the main button; switching is the second. */}
        <KnopLink href={OVERZICHT}>{t.andere.terug}</KnopLink>
        <OpenFormulier sleutel={token} knop={t.andere.wisselKnop} variant="secundair" />
      </>
    );
  }

  return (
    <>
      <PaginaKop titel={t.titel} />
      <p className="mb-4">{t.welke(datum(link.aangemaaktOp), link.stap)}</p>
      <p className="mb-6">{t.letOp}</p>
      <OpenFormulier sleutel={token} knop={t.openKnop} variant="primair" />
    </>
  );
}
