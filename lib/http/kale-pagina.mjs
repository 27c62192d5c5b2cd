/**
 * A page the server builds without React, for an answer given before the app runs: a broken
 * address or form, too big or too slow (proxy.ts, server.mjs). Self-contained (no script, its
 * own small style) but with the site's header and footer, so a person sees where they are and
 * finds the way home. Plain JavaScript: server.mjs runs in Node without a build
 * (docs/decisions/024-foutpaden.md).
 */

/** @param {string} tekst */
function ontsnap(tekst) {
  return tekst.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const STIJL =
  "body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:1.1875rem;line-height:1.5;color:#0b0c0c;background:#fff;display:flex;flex-direction:column;min-height:100vh}" +
  "header{background:#154273;color:#fff}footer{border-top:4px solid #154273;background:#f3f2f1}" +
  ".rand{max-width:56rem;margin:0 auto;padding:.75rem 1rem}main{flex-grow:1}main .rand{padding:1.5rem 1rem}" +
  "header a{color:#fff;font-weight:bold;font-size:1.25rem;text-decoration:none}h1{font-size:2rem;line-height:1.2;margin:0 0 1.5rem}" +
  "footer ul{list-style:none;margin:0 0 1rem;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.5rem}" +
  "a{color:#1d5aa3;text-underline-offset:.15em}a:focus-visible{outline:none;background:#fd0;color:#0b0c0c;box-shadow:0 -2px #fd0,0 4px #0b0c0c;text-decoration:none}";

/** The Content-Security-Policy of such a page: no script at all, only its own inline style. */
export const KALE_PAGINA_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * The footer's links to the pages every public service has, as in components/over-deze-website.tsx;
 * the paths are those of lib/burger-paden.ts (plain JavaScript cannot import it; a unit test
 * compares them). docs/decisions/031-burgerpaginas.md
 */
export const VOET_PADEN = /** @type {const} */ ({
  privacy: "/privacy",
  toegankelijkheid: "/toegankelijkheid",
  contact: "/contact",
  begrippen: "/begrippen",
  reactie: "/contact#reactie",
});

/**
 * @typedef {{ label: string; privacy: string; toegankelijkheid: string; contact: string; begrippen: string; reactie: string }} OverDezeWebsite
 */

/**
 * The HTML of the page.
 * @param {{ titel: string; tekst: readonly string[] }} pagina
 * @param {{ dienstnaam: string; voetTekst: string; home: string; overDezeWebsite?: OverDezeWebsite }} kader
 * @param {"nl" | "en"} [taal] the language of the words, for `<html lang>`
 * @param {{ taal: "nl" | "en"; pagina: { titel: string; tekst: readonly string[] } }} [ook] the same
 *   page in another language, below the first, for an answer that cannot know the reader's
 *   language (the front door: lib/http/voordeur.mjs)
 * @returns {string}
 */
export function kalePaginaHtml(pagina, kader, taal = "nl", ook) {
  const anders =
    ook === undefined
      ? ""
      : `<section lang="${ook.taal}"><h2>${ontsnap(ook.pagina.titel)}</h2>${ook.pagina.tekst.map((t) => `<p>${ontsnap(t)}</p>`).join("")}</section>`;
  const alineas = pagina.tekst.map((t) => `<p>${ontsnap(t)}</p>`).join("") + anders;
  const o = kader.overDezeWebsite;
  const voetLinks =
    o === undefined
      ? ""
      : `<nav aria-label="${ontsnap(o.label)}"><ul>` +
        /** @type {(keyof typeof VOET_PADEN)[]} */ (Object.keys(VOET_PADEN)).map((k) => `<li><a href="${VOET_PADEN[k]}">${ontsnap(o[k])}</a></li>`).join("") +
        `</ul></nav>`;
  return (
    `<!doctype html><html lang="${taal === "en" ? "en" : "nl"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${ontsnap(pagina.titel)} – ${ontsnap(kader.dienstnaam)}</title><style>${STIJL}</style></head>` +
    `<body><header><div class="rand"><a href="/">${ontsnap(kader.dienstnaam)}</a></div></header>` +
    `<main id="inhoud"><div class="rand"><h1>${ontsnap(pagina.titel)}</h1>${alineas}<p><a href="/">${ontsnap(kader.home)}</a></p></div></main>` +
    `<footer><div class="rand"><p>${ontsnap(kader.voetTekst)}</p>${voetLinks}</div></footer></body></html>`
  );
}
