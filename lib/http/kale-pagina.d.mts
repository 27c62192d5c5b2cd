/** Types of kale-pagina.mjs (plain JavaScript, so server.mjs can run it without a build). */
export declare const KALE_PAGINA_CSP: string;
export declare function kalePaginaHtml(
  pagina: { titel: string; tekst: readonly string[] },
  kader: { dienstnaam: string; voetTekst: string; home: string },
): string;
