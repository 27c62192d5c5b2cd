/**
 * Runs once when the Next.js server starts. Node.js only: it hooks the HTTP server so every
 * request carries the address of the connection it came in on, which Next does not pass on
 * (lib/http/verbinding.ts, docs/decisions/023-grenzen.md).
 */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is Next's own marker of the runtime this file is loaded in, not a setting.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { volgVerbindingen } = await import("@/lib/http/verbinding");
    volgVerbindingen();
  }
}
