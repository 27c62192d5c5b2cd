// Tests lib/env.ts; kept beside the drafts module, whose configuration it mostly is.
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("uses the defaults when nothing is set, or set empty", () => {
    expect(parseEnv({})).toMatchObject({ DATA_DIR: "./data", DRAFT_LOOPTIJD_DAGEN: 30 });
    expect(parseEnv({ DATA_DIR: "", DRAFT_LOOPTIJD_DAGEN: "" })).toMatchObject({ DATA_DIR: "./data", DRAFT_LOOPTIJD_DAGEN: 30 });
  });

  it("reads the given values", () => {
    expect(parseEnv({ DATA_DIR: "/var/lib/pgb", DRAFT_LOOPTIJD_DAGEN: "7" })).toMatchObject({ DATA_DIR: "/var/lib/pgb", DRAFT_LOOPTIJD_DAGEN: 7 });
    expect(parseEnv({ DRAFT_LOOPTIJD_DAGEN: "1" }).DRAFT_LOOPTIJD_DAGEN).toBe(1);
    expect(parseEnv({ DRAFT_LOOPTIJD_DAGEN: "365" }).DRAFT_LOOPTIJD_DAGEN).toBe(365);
  });

  it("rejects a looptijd outside 1–365 whole days", () => {
    for (const waarde of ["0", "366", "1.5", "dertig", "-3"]) {
      expect(() => parseEnv({ DRAFT_LOOPTIJD_DAGEN: waarde }), waarde).toThrow(/DRAFT_LOOPTIJD_DAGEN/);
    }
  });

  it("takes DATABASE_URL for PostgreSQL, and treats unset or empty as SQLite", () => {
    expect(parseEnv({}).DATABASE_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
    for (const url of ["postgres://app:geheim@db:5432/pgb", "postgresql://app@localhost/pgb?sslmode=require"]) {
      expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    }
  });

  it("rejects a DATABASE_URL that is not PostgreSQL, without repeating its password", () => {
    for (const url of ["mysql://app:GeheimWachtwoord@db/pgb", "db:5432", "/var/lib/GeheimWachtwoord"]) {
      let melding = "";
      try {
        parseEnv({ DATABASE_URL: url });
      } catch (fout) {
        melding = fout instanceof Error ? fout.message : String(fout);
      }
      expect(melding, url).toMatch(/DATABASE_URL/);
      expect(melding, url).not.toMatch(/GeheimWachtwoord/);
    }
  });
});
