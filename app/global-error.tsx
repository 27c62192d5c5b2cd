"use client";
/**
 * An error in the root layout itself: Next then shows this instead of the whole document, without
 * the layout and its styles, so the page is self-contained (its own html, body and small style),
 * with the way home (docs/decisions/024-foutpaden.md). It cannot know the page's language: the
 * layout that reads it is what failed, and the language cookie is not for scripts. So it says
 * everything in Dutch, then in English (docs/decisions/032-talen.md, addendum 2026-12-05).
 */
import { foutTeksten as en } from "@/content/en/fouten";
import { foutTeksten } from "@/content/fouten";

const t = foutTeksten.fout;
const kader = foutTeksten.serverpaginas.kader;

const STIJL = {
  body: { margin: 0, fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif", fontSize: "1.1875rem", lineHeight: 1.5, color: "#0b0c0c", background: "#fff" },
  kop: { background: "#154273", color: "#fff", padding: "0.75rem 1rem", fontWeight: "bold", fontSize: "1.25rem" },
  inhoud: { maxWidth: "56rem", margin: "0 auto", padding: "1.5rem 1rem" },
  h1: { fontSize: "2rem", lineHeight: 1.2, margin: "0 0 1.5rem" },
  link: { color: "#1d5aa3" },
  h2: { fontSize: "1.5rem", lineHeight: 1.2, margin: "2rem 0 1rem", paddingTop: "1.5rem", borderTop: "1px solid #b1b4b6" },
} as const;

export default function GlobaleFout() {
  return (
    <html lang="nl">
      <body style={STIJL.body}>
        <title>{`${t.titel} – ${kader.dienstnaam}`}</title>
        <header style={STIJL.kop}>{kader.dienstnaam}</header>
        <main style={STIJL.inhoud}>
          <h1 style={STIJL.h1}>{t.titel}</h1>
          <p>{t.tekst}</p>
          <p>{t.bewaard}</p>
          <p>
            <a href="" style={STIJL.link}>
              {t.opnieuw}
            </a>
          </p>
          <p>
            {/* A plain link: the layout (and Next's router) may be what broke. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" style={STIJL.link}>
              {foutTeksten.home}
            </a>
          </p>
          <section lang="en">
            <h2 style={STIJL.h2}>{en.fout.titel}</h2>
            <p>{en.fout.tekst}</p>
            <p>{en.fout.bewaard}</p>
            <p>
              <a href="" style={STIJL.link}>
                {en.fout.opnieuw}
              </a>
            </p>
            <p>
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a href="/" style={STIJL.link}>
                {en.home}
              </a>
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
