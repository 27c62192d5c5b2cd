import type { Metadata } from "next";
import { bronnen } from "@/content/bronnen";
import { start } from "@/content/start";

export const metadata: Metadata = { title: start.titel };

export default function StartPage() {
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-bold mb-6 leading-tight sm:text-4xl">{start.titel}</h1>
      {start.inleiding.map((alinea) => (
        <p key={alinea} className="mb-4">
          {alinea}
        </p>
      ))}

      <h2 className="text-2xl font-bold mt-8 mb-4">{start.stappenKop}</h2>
      <ol className="list-none p-0 m-0 space-y-6">
        {start.stappen.map((stap, index) => (
          <li key={stap.titel} className="border-l-4 border-merk pl-4">
            <h3 className="text-xl font-bold m-0">
              <span className="block text-base font-normal text-grijs">{start.stapLabel(index + 1)}</span>
              {stap.titel}
            </h3>
            <p className="mt-1 mb-1">{stap.tekst}</p>
            <p className="text-base text-grijs m-0">{start.brochureDeel(stap.bron)}</p>
          </li>
        ))}
      </ol>

      <h2 className="text-2xl font-bold mt-10 mb-3">{start.bronKop}</h2>
      <p className="mb-3">{start.bronTekst}</p>
      <ul className="list-disc pl-6 space-y-2">
        <li>
          {start.bronBrochure}: <cite>{bronnen.brochure.titel}</cite>, {bronnen.brochure.uitgever} ({bronnen.brochure.datum}).
        </li>
        <li>
          {start.bronPagina}: <cite>{bronnen.vindUwZorgkantoor.titel}</cite>, {bronnen.vindUwZorgkantoor.uitgever}.
        </li>
      </ul>

      <h2 className="text-2xl font-bold mt-10 mb-3">{start.ontwikkelaarsKop}</h2>
      <p>
        {start.ontwikkelaarsTekst} <a href="/api/v1/openapi.json">{start.ontwikkelaarsLink}</a>.
      </p>
    </article>
  );
}
