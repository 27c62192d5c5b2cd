import type { Metadata, Viewport } from "next";
import Link from "@/components/link";
import type { ReactNode } from "react";
import { BegripUitleg } from "@/components/begrip-tekst";
import { Hoofdmenu } from "@/components/hoofdmenu";
import { OverDezeWebsite } from "@/components/over-deze-website";
import { TaalBron } from "@/components/taal";
import { TaalKeuze } from "@/components/taal-keuze";
import { algemeen as algemeenNl } from "@/content/algemeen";
import { begrippen as begrippenNl } from "@/content/begrippen";
import { algemeen as algemeenEn } from "@/content/en/algemeen";
import { begrippen as begrippenEn } from "@/content/en/begrippen";
import { inTaal } from "@/content/vertaling";
import { leesTaal } from "@/lib/taal";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const algemeen = inTaal(await leesTaal(), algemeenNl, algemeenEn);
  return {
    title: { default: algemeen.dienstnaam, template: `%s – ${algemeen.dienstnaam}` },
    description: algemeen.dienstOndertitel,
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const taal = await leesTaal();
  const algemeen = inTaal(taal, algemeenNl, algemeenEn);
  return (
    <html lang={taal}>
      <body className="min-h-screen flex flex-col">
        <TaalBron taal={taal}>
          <a
            href="#inhoud"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:p-2"
          >
            {algemeen.naarInhoud}
          </a>
          <header className="bg-merk text-white">
            <div className="mx-auto max-w-4xl px-4 py-3">
              <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
                <Link href="/" className="text-white! visited:text-white! no-underline font-bold text-xl">
                  {algemeen.dienstnaam}
                </Link>
                <TaalKeuze />
              </div>
              <p className="text-base m-0">{algemeen.dienstOndertitel}</p>
              <Hoofdmenu />
            </div>
          </header>
          <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-4xl grow px-4 py-6 focus:outline-none">
            {children}
          </main>
          <footer className="border-t-4 border-merk bg-vlak">
            <div className="mx-auto max-w-4xl px-4 py-4 text-base text-inkt">
              <p>{algemeen.voetTekst}</p>
              <OverDezeWebsite />
              <p>
                <Link href="/zorgkantoor">{algemeen.voetLinks.zorgkantoor}</Link>
              </p>
              <nav aria-label={algemeen.voetLinks.staf}>
                <p className="mb-1 font-bold">{algemeen.voetLinks.staf}</p>
                <ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-1 p-0">
                  <li>
                    <Link href="/zorgkantoor/voorbeeld">{algemeen.voetLinks.voorbeeld}</Link>
                  </li>
                  <li>
                    <Link href="/zorgkantoor/profielen">{algemeen.voetLinks.profielen}</Link>
                  </li>
                  <li>
                    <Link href="/zorgkantoor/parameters">{algemeen.voetLinks.parameters}</Link>
                  </li>
                </ul>
              </nav>
            </div>
          </footer>
          <BegripUitleg tekst={inTaal(taal, begrippenNl, begrippenEn).linkUitleg} />
        </TaalBron>
      </body>
    </html>
  );
}
