/**
 * Who signed the budgetplan digitally, when, whether through a share link, and whether it still
 * holds: a signature made before the application changed is marked for renewal (its fingerprint
 * no longer matches).
 */
import { delen as delenNl } from "@/content/delen";
import { delen as delenEn } from "@/content/en/delen";
import { handtekeningTekst as handtekeningTekstEn } from "@/content/en/handtekeningen";
import { handtekeningTekst as handtekeningTekstNl } from "@/content/handtekeningen";
import { STANDAARDTAAL, type Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import type { HandtekeningRegel } from "@/lib/delen/handtekeningen";

/** `regels` in the same language as `taal` (lib/delen/handtekeningen.ts `handtekeningOverzicht`). */
export function HandtekeningLijst({ regels, taal = STANDAARDTAAL }: { regels: HandtekeningRegel[]; taal?: Taal }) {
  const delen = inTaal(taal, delenNl, delenEn);
  const handtekeningTekst = inTaal(taal, handtekeningTekstNl, handtekeningTekstEn);
  if (regels.length === 0) return <p className="mb-6">{delen.pagina.geenHandtekeningen}</p>;
  return (
    <ul className="mb-6 list-none p-0">
      {regels.map((r) => (
        <li key={r.rol} className={`mb-3 border-l-4 pl-4 ${r.status === "geldig" ? "border-goed" : "border-let-op"}`}>
          <p className="m-0 font-bold">{r.rolTekst}</p>
          <p className="m-0">{handtekeningTekst.getekend(r.naam, r.opTekst)}</p>
          {r.viaDeellink && <p className="m-0">{handtekeningTekst.viaDeellink}</p>}
          {r.verklaringen.length > 0 && <p className="m-0">{handtekeningTekst.verklaringenBevestigd}</p>}
          <p className="m-0 font-bold">{handtekeningTekst.status[r.status]}</p>
        </li>
      ))}
    </ul>
  );
}
