/**
 * The site header's menu: a `nav` landmark named "Hoofdmenu", so screen reader users can jump to
 * it and past it. A few links only, that wrap on a narrow screen (docs/decisions/031-burgerpaginas.md).
 */
import Link from "@/components/link";
import { algemeen as algemeenNl } from "@/content/algemeen";
import { algemeen as algemeenEn } from "@/content/en/algemeen";
import { inTaal } from "@/content/vertaling";
import { leesTaal } from "@/lib/taal";
import { BEGRIPPEN, CONTACT } from "@/lib/burger-paden";


const LINK = "text-white visited:text-white focus-visible:text-inkt";

export async function Hoofdmenu() {
  const m = inTaal(await leesTaal(), algemeenNl, algemeenEn).hoofdmenu;
  return (
    <nav aria-label={m.label} className="mt-2">
      <ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-1 p-0 text-base">
        <li>
          <Link href={BEGRIPPEN} className={LINK}>
            {m.begrippen}
          </Link>
        </li>
        <li>
          <Link href="/zorgkantoor" className={LINK}>
            {m.zorgkantoor}
          </Link>
        </li>
        <li>
          <Link href={CONTACT} className={LINK}>
            {m.contact}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
