/**
 * The footer's links to the pages every public service has: privacy, accessibility, contact,
 * the glossary and a way to give feedback (docs/decisions/031-burgerpaginas.md).
 */
import Link from "@/components/link";
import { algemeen as algemeenNl } from "@/content/algemeen";
import { algemeen as algemeenEn } from "@/content/en/algemeen";
import { inTaal } from "@/content/vertaling";
import { leesTaal } from "@/lib/taal";
import { BEGRIPPEN, CONTACT, PRIVACY, REACTIE, TOEGANKELIJKHEID } from "@/lib/burger-paden";


export async function OverDezeWebsite() {
  const o = inTaal(await leesTaal(), algemeenNl, algemeenEn).overDezeWebsite;
  const links: [string, string][] = [
    [PRIVACY, o.privacy],
    [TOEGANKELIJKHEID, o.toegankelijkheid],
    [CONTACT, o.contact],
    [BEGRIPPEN, o.begrippen],
    [REACTIE, o.reactie],
  ];
  return (
    <nav aria-label={o.label} className="mt-4 mb-4">
      <p className="mb-1 font-bold">{o.label}</p>
      <ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-1 p-0">
        {links.map(([href, tekst]) => (
          <li key={href}>
            <Link href={href}>{tekst}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
