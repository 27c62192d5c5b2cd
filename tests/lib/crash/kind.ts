/**
 * The crash test's child process (started through kind.mjs): opens a SqliteDraftStore on the
 * given file and runs `reizen` concurrent journeys, each making a draft and then saving it again
 * and again with growing answers, until it is killed. After every save the store ANSWERED with
 * success it prints one JSON line (token, version, hash of the answers): what a browser would
 * have been told was saved. Nothing is printed before the answer, so every line is a promise the
 * store made.
 */
import { Drafts, formatToken } from "@/lib/drafts/drafts";
import { SqliteDraftStore } from "@/lib/drafts/sqlite-store";
import { antwoordenVoor, hashVan, type Regel } from "./reis";

function meld(regel: Regel): void {
  // A write to a pipe is synchronous on Linux, and a line is far below PIPE_BUF: after this
  // returns, the line is in the pipe whole, even if SIGKILL follows at once.
  process.stdout.write(`${JSON.stringify(regel)}\n`);
}

export async function draai(bestand: string, reizen: number): Promise<void> {
  const store = new SqliteDraftStore(bestand);
  const drafts = new Drafts<unknown>(store);

  async function reis(r: number): Promise<void> {
    const eerste = antwoordenVoor(r, 1);
    const { toegang, versie: start } = await drafts.maak(eerste, new Date());
    const token = formatToken(toegang);
    meld({ soort: "gemaakt", reis: r, token, versie: start, hash: hashVan(eerste) });
    let versie = start;
    // Until killed: the parent decides when.
    for (;;) {
      const antwoorden = antwoordenVoor(r, versie + 1);
      const resultaat = await drafts.bewaar(toegang, versie, antwoorden, new Date());
      if (resultaat.status !== "ok") {
        meld({ soort: "fout", reis: r, melding: resultaat.status });
        return;
      }
      versie = resultaat.versie;
      meld({ soort: "bewaard", reis: r, token, versie, hash: hashVan(antwoorden) });
      // Let the other journeys in between, as concurrent requests would.
      await new Promise((klaar) => setImmediate(klaar));
    }
  }

  await Promise.all(Array.from({ length: reizen }, (_, r) => reis(r)));
}
