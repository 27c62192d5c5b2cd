import { EventEmitter } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sluitNaAfvoer, type Proces } from "./afsluiten";

/** A process with Next's own SIGTERM handler: it drains (here: when told) and then exits. */
function nepProces(metNext = true) {
  const bus = new EventEmitter();
  const exits: (number | string | null | undefined)[] = [];
  const proces: Proces = {
    on: (signaal, luisteraar) => bus.on(signaal, luisteraar),
    listenerCount: (signaal) => bus.listenerCount(signaal),
    exit: ((code?: number | string | null) => {
      exits.push(code);
    }) as Proces["exit"],
  };
  let afgevoerd: () => void = () => undefined;
  if (metNext) {
    bus.on("SIGTERM", () => {
      // Next: server.close() waits for the requests in flight, then process.exit(143).
      void new Promise<void>((klaar) => (afgevoerd = klaar)).then(() => proces.exit(143));
    });
  }
  return { bus, proces, exits, voerAf: () => afgevoerd() };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("sluitNaAfvoer", () => {
  it("closes the database only after Next has drained, then exits with Next's code", async () => {
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const { bus, proces, exits, voerAf } = nepProces();
    const volgorde: string[] = [];
    expect(sluitNaAfvoer(async () => void volgorde.push("gesloten"), proces)).toBe(true);
    bus.emit("SIGTERM");
    await new Promise((r) => setTimeout(r, 10));
    // Requests still in flight: the database stays open.
    expect(volgorde).toEqual([]);
    expect(exits).toEqual([]);
    voerAf();
    await vi.waitFor(() => expect(exits).toEqual([143]));
    expect(volgorde).toEqual(["gesloten"]);
    // A second signal (Ctrl+C twice) closes nothing twice.
    bus.emit("SIGTERM");
    proces.exit(143);
    await new Promise((r) => setTimeout(r, 10));
    expect(exits).toEqual([143]);
  });

  it("exits anyway when closing hangs", async () => {
    vi.useFakeTimers();
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { bus, proces, exits, voerAf } = nepProces();
    sluitNaAfvoer(() => new Promise(() => undefined), proces, 1000);
    bus.emit("SIGTERM");
    voerAf();
    await vi.advanceTimersByTimeAsync(999);
    expect(exits).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(exits).toEqual([143]);
  });

  it("exits when closing fails, and logs it", async () => {
    const fout = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { bus, proces, exits, voerAf } = nepProces();
    sluitNaAfvoer(async () => Promise.reject(new Error("kapot")), proces);
    bus.emit("SIGTERM");
    voerAf();
    await vi.waitFor(() => expect(exits).toEqual([143]));
    expect(fout).toHaveBeenCalledWith("afsluiten: database sluiten mislukt:", "kapot");
  });

  it("adds nothing when nobody else handles SIGTERM (it would keep the process alive)", () => {
    const { bus, proces } = nepProces(false);
    expect(sluitNaAfvoer(async () => undefined, proces)).toBe(false);
    expect(bus.listenerCount("SIGTERM")).toBe(0);
  });
});
