/**
 * `GET /gedeeld?sleutel=<link-id>.<link-key>`: a share link. It shows what the link is for and
 * until when, and opens nothing: a GET never sets or replaces the /gedeeld cookie. Only the button
 * (a plain form posting the key to /gedeeld/openen, from this site) opens it. When this browser
 * already has another shared application open, the page says so. It never shows a name of the
 * application: the gewaarborgde hulp types theirs when signing. A revoked, expired or mangled link
 * goes to the page that says which, and counts for the rate limit.
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
import { bekijkDeellink, gedeeldMisluktPad, GEDEELD, GEDEELD_OPENEN, GEDEELD_TE_VAAK } from "@/lib/delen/sessie";
import { leesTaal } from "@/lib/taal";
import { verzoekMetKoppen } from "@/lib/http/link-formulier";
import { linkPoging } from "@/lib/http/link-pogingen";
import { formatDatumTijdstip } from "@/lib/wizard/datum";

async function woorden() {
  return inTaal(await leesTaal(), linksOpenen, linksOpenenEn).gedeeld;
}
const GEDEELDE_AANVRAAG = `${GEDEELD}/aanvraag`;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await woorden()).titel };
}
export const dynamic = "force-dynamic";

/** The key travels in the body of this site's own post, never in the address it lands on. */
function OpenFormulier({ sleutel, knop, variant }: { sleutel: string; knop: string; variant: "primair" | "secundair" }) {
  return (
    <form action={GEDEELD_OPENEN} method="post">
      <input type="hidden" name="sleutel" value={sleutel} />
      <Knop variant={variant}>{knop}</Knop>
    </form>
  );
}

export default async function GedeeldeLink({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const poging = linkPoging(verzoekMetKoppen(await headers()));
  const { sleutel } = await searchParams;
  const token = typeof sleutel === "string" ? sleutel : null;
  const blik = await bekijkDeellink(token);
  if (blik.status !== "ok" || token === null) {
    // A failure from an address that used up its failures gets the 429 page (via its route).
    if (poging.mislukt() !== null) redirect(GEDEELD_TE_VAAK);
    redirect(gedeeldMisluktPad(blik.status === "ok" ? "sleutel-onjuist" : blik.status));
  }

  const t = await woorden();
  if (blik.huidig === "zelfde") {
    return (
      <>
        <PaginaKop titel={t.titel} />
        <p className="mb-6">{t.zelfde.tekst}</p>
        <KnopLink href={GEDEELDE_AANVRAAG}>{t.zelfde.verder}</KnopLink>
      </>
    );
  }

  const uitleg = (
    <>
      <p className="mb-4">{t.inleiding}</p>
      <p className="mb-4">{t.rollen[blik.rol]}</p>
      <p className="mb-4">{t.geldigTot(formatDatumTijdstip(blik.verlooptOp))}</p>
      <p className="mb-6">{t.letOp}</p>
    </>
  );

  if (blik.huidig === "andere") {
    return (
      <>
        <PaginaKop titel={t.titel} />
        <Melding soort="waarschuwing" titel={t.andere.titel}>
          <p>{t.andere.tekst}</p>
        </Melding>
        {uitleg}
        <KnopLink href={GEDEELDE_AANVRAAG}>{t.andere.terug}</KnopLink>
        <OpenFormulier sleutel={token} knop={t.andere.wisselKnop} variant="secundair" />
      </>
    );
  }

  return (
    <>
      <PaginaKop titel={t.titel} />
      {uitleg}
      <OpenFormulier sleutel={token} knop={t.openKnop} variant="primair" />
    </>
  );
}
