/** Answers the routes that serve personal data share: a redirect and a PDF download, never cached. */

/**
 * A 303 with a relative Location: behind a proxy, or reached as 127.0.0.1, the server's own idea
 * of its host can differ from the one the browser used (and holds the cookie for).
 */
export function naar(pad: string): Response {
  return new Response(null, { status: 303, headers: { Location: pad, "Cache-Control": "no-store" } });
}

/** `bestandsnaam` must be [a-z0-9.-] only (the documents' own slug functions): safe in the header unescaped. */
export function pdfDownload(pdf: Uint8Array, bestandsnaam: string): Response {
  // A copy on its own ArrayBuffer: the DOM types take no Uint8Array that may view a SharedArrayBuffer.
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${bestandsnaam}"`,
      // Personal data (BSN, names): no shared or browser cache may keep a copy.
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
