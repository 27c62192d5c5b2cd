/**
 * Where a request came from: the client's address (for the per-address limits), and the origin
 * the browser used (for the origin check and for links people copy). Decided from the TCP
 * connection (lib/http/verbinding.ts) and, only when that connection comes from a configured
 * proxy (`VERTROUWDE_PROXIES`), from the X-Forwarded-* headers that proxy wrote. A client talking
 * to this server directly chooses every header it sends, so without a trusted proxy none of them
 * counts (docs/decisions/023-grenzen.md).
 *
 * {@link herkomst} is pure, for tests; {@link verzoekHerkomst} adds the settings and the connection.
 */
import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";
import { leesVerbinding, type Verbinding } from "./verbinding";

export interface Herkomst {
  /**
   * The client's address: the connection's, or with trusted proxies the nearest X-Forwarded-For
   * entry that is not one of them. "onbekend" when the connection is not known.
   */
  adres: string;
  /** The origin the browser used (`https://pgb.example.nl`), or null when there is no usable Host. */
  oorsprong: string | null;
  /** Whether the browser talks to this site over HTTPS. */
  https: boolean;
}

export interface HerkomstOpties {
  /** Whether an address is one of the configured proxies. */
  vertrouwd: (adres: string) => boolean;
  /** PUBLIEKE_URL's origin: when set, the only origin this site has. */
  publiekeUrl?: string | undefined;
}

/** The longest address or host taken from a header: beyond it the value is not an address anyway. */
const MAX_LENGTE = 255;

export function herkomst(headers: Headers, verbinding: Verbinding | null, opties: HerkomstOpties): Herkomst {
  const peer = verbinding === null ? null : normaliseerAdres(verbinding.adres);
  const viaProxy = peer !== null && opties.vertrouwd(peer);

  let adres = peer ?? "onbekend";
  if (viaProxy) {
    // From the right: each entry was written by the proxy to its right. The first one that is not a
    // trusted proxy is the client; entries left of it were sent by the client and mean nothing.
    const lijst = lijstUit(headers.get("x-forwarded-for")).map(normaliseerAdres);
    adres = lijst.findLast((d) => !opties.vertrouwd(d)) ?? lijst[0] ?? peer;
  }

  // Host and scheme as a trusted proxy says the browser used them; otherwise this connection's own.
  const host = (viaProxy ? lijstUit(headers.get("x-forwarded-host")).at(-1) : undefined) ?? headers.get("host") ?? "";
  const proto = viaProxy ? lijstUit(headers.get("x-forwarded-proto")).at(-1)?.toLowerCase() : undefined;
  const https = proto !== undefined ? proto === "https" : verbinding?.https === true;

  if (opties.publiekeUrl !== undefined) return { adres, oorsprong: opties.publiekeUrl, https: opties.publiekeUrl.startsWith("https:") };
  return { adres, oorsprong: oorsprongVan(https ? "https" : "http", host), https };
}

/** `scheme://host[:port]` when `host` is a host with an optional port and nothing else, else null. */
function oorsprongVan(schema: "http" | "https", host: string): string | null {
  if (host === "" || host.length > MAX_LENGTE || /[\s/\\?#@]/.test(host)) return null;
  try {
    const url = new URL(`${schema}://${host}`);
    return url.host === "" ? null : url.origin;
  } catch {
    return null;
  }
}

function lijstUit(waarde: string | null): string[] {
  if (waarde === null) return [];
  return waarde
    .split(",")
    .map((d) => d.trim())
    .filter((d) => d !== "" && d.length <= MAX_LENGTE);
}

/**
 * One spelling per address: IPv4-mapped IPv6 (`::ffff:192.0.2.1`, how a dual-stack socket shows an
 * IPv4 client) as IPv4, and a port some proxies add (`192.0.2.1:4711`, `[2001:db8::1]:4711`)
 * removed. What is not an address stays as it is: a trusted proxy wrote it.
 */
export function normaliseerAdres(ruw: string): string {
  let adres = ruw.trim();
  const haakjes = /^\[([^\]]+)\](?::\d+)?$/.exec(adres);
  if (haakjes?.[1] !== undefined) adres = haakjes[1];
  else if (/^[\d.]+:\d+$/.test(adres)) adres = adres.slice(0, adres.lastIndexOf(":"));
  const ipv4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(adres);
  if (ipv4?.[1] !== undefined) adres = ipv4[1];
  return isIP(adres) === 6 ? adres.toLowerCase() : adres;
}

/**
 * The key the per-address limits count under. An IPv6 client is usually given a whole /64 and can
 * take a new address from it for every request, so IPv6 addresses count per /64.
 */
export function telSleutel(adres: string): string {
  if (isIP(adres) !== 6) return adres;
  return `${voluitIpv6(adres).slice(0, 4).join(":")}::/64`;
}

function voluitIpv6(adres: string): string[] {
  const [links = "", rechts] = adres.split("::");
  const l = links === "" ? [] : links.split(":");
  const r = rechts === undefined || rechts === "" ? [] : rechts.split(":");
  // An embedded IPv4 tail (::ffff:1.2.3.4 is normalised away, but 64:ff9b::1.2.3.4 is not) is two groups.
  const groepen = [...l, ...Array<string>(Math.max(0, 8 - l.length - r.length)).fill("0"), ...r];
  return groepen.map((g) => (g.includes(".") ? g : (Number.parseInt(g, 16) || 0).toString(16)));
}

/** A check for "one of these IPs or CIDRs" (VERTROUWDE_PROXIES, already validated by lib/env.ts). */
export function proxyLijst(lijst: readonly string[]): (adres: string) => boolean {
  if (lijst.length === 0) return () => false;
  const blok = new BlockList();
  for (const regel of lijst) {
    const [adres = "", prefix] = regel.split("/");
    const soort = isIP(adres) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) blok.addAddress(adres, soort);
    else blok.addSubnet(adres, Number(prefix), soort);
  }
  return (adres) => {
    const soort = isIP(adres);
    return soort !== 0 && blok.check(adres, soort === 6 ? "ipv6" : "ipv4");
  };
}

let vertrouwd: { lijst: readonly string[]; check: (adres: string) => boolean } | undefined;

/** {@link herkomst} of a request to this server, with its settings and its connection. */
export function verzoekHerkomst(headers: Headers): Herkomst {
  const { VERTROUWDE_PROXIES, PUBLIEKE_URL } = env();
  if (vertrouwd?.lijst !== VERTROUWDE_PROXIES) vertrouwd = { lijst: VERTROUWDE_PROXIES, check: proxyLijst(VERTROUWDE_PROXIES) };
  return herkomst(headers, leesVerbinding(headers), { vertrouwd: vertrouwd.check, publiekeUrl: PUBLIEKE_URL });
}
