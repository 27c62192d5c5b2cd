import { describe, expect, it } from "vitest";
import { vingerafdruk } from "@/lib/delen/handtekeningen";
import { leesAntwoorden } from "./antwoorden";
import { stapStatus } from "./journey";
import { verstuurStatus, zetVerstuurd } from "./versturen";
import { doorloop, invoer } from "./vragen/testhulp";
import { zonder } from "./vragen/velden";

const klaar = () => doorloop(invoer());

describe("verstuurStatus", () => {
  it("has nothing to send before stap 3 is klaar", () => {
    expect(verstuurStatus({})).toBe("nog-niet-klaar");
    expect(verstuurStatus(zetVerstuurd({}, true, "2026-12-04"))).toBe("nog-niet-klaar");
  });

  it("is klaar om te versturen once stap 3 is klaar, and verstuurd once the person says so", () => {
    const a = klaar();
    expect(stapStatus("aanvraag", a)).toBe("klaar");
    expect(verstuurStatus(a)).toBe("klaar-om-te-versturen");
    expect(verstuurStatus(zetVerstuurd(a, true, "2026-12-04"))).toBe("verstuurd");
  });

  it("goes back to nog-niet-klaar when a changed answer reopens stap 3", () => {
    const a = zetVerstuurd(klaar(), true, "2026-12-04");
    // The budgetplan's ondertekening no longer answered, as after a change to who signs (AV-08).
    const gewijzigd = zonder(a, "ondertekening");
    expect(stapStatus("aanvraag", gewijzigd)).not.toBe("klaar");
    expect(verstuurStatus(gewijzigd)).toBe("nog-niet-klaar");
  });
});

describe("zetVerstuurd", () => {
  it("stores the day when ticked and takes it away when unticked, leaving every other answer as it was", () => {
    const a = klaar();
    const verstuurd = zetVerstuurd(a, true, "2026-12-04");
    expect(verstuurd.verstuurd).toBe("2026-12-04");
    const terug = zetVerstuurd(verstuurd, false, "2026-12-05");
    expect(terug).toEqual(a);
    expect("verstuurd" in terug).toBe(false);
    expect(verstuurStatus(terug)).toBe("klaar-om-te-versturen");
  });

  it("keeps the first day when the ticked form is saved again later", () => {
    const verstuurd = zetVerstuurd(klaar(), true, "2026-12-04");
    expect(zetVerstuurd(verstuurd, true, "2026-12-09").verstuurd).toBe("2026-12-04");
  });

  it("survives the draft's schema, which drops a day that is not jjjj-mm-dd", () => {
    expect(leesAntwoorden({ verstuurd: "2026-12-04" }).verstuurd).toBe("2026-12-04");
    expect(leesAntwoorden({ verstuurd: "04-12-2026" }).verstuurd).toBeUndefined();
  });

  it("does not touch what the signatures cover: ticking verstuurd asks nobody to sign again", () => {
    const a = klaar();
    expect(vingerafdruk(zetVerstuurd(a, true, "2026-12-04"))).toBe(vingerafdruk(a));
  });
});
