"use client";
/**
 * The language switch in every page's header: a form with one button that posts to `/taal`
 * (app/taal/route.ts), not a link, because a GET never sets a cookie. It works without
 * JavaScript; it is a client component only to know the current address after a navigation
 * within the app, which the root layout, rendered once, does not see (docs/decisions/032-talen.md).
 */
import { usePathname, useSearchParams } from "next/navigation";
import { TAALNAAM, TALEN } from "@/content/taal";
import { MAX_TERUG } from "@/lib/taal-keuze";
import { useTaal } from "./taal";

export function TaalKeuze() {
  const taal = useTaal();
  const pad = usePathname();
  const zoek = useSearchParams().toString();
  const volledig = zoek === "" ? pad : `${pad}?${zoek}`;
  // A tool page's address can carry long answers; beyond the limit the switch keeps only the page.
  const terug = volledig.length > MAX_TERUG ? pad : volledig;
  const ander = TALEN.find((t) => t !== taal) ?? taal;
  return (
    <form method="post" action="/taal" className="m-0">
      <input type="hidden" name="taal" value={ander} />
      <input type="hidden" name="terug" value={terug} />
      <button
        type="submit"
        lang={ander}
        className="cursor-pointer border-0 bg-transparent p-0 text-base text-white underline underline-offset-4 hover:decoration-2"
      >
        {TAALNAAM[ander]}
      </button>
    </form>
  );
}
