import { BlockList, isIP } from "node:net";
import { getEnv } from "@/lib/env";

/**
 * The address of the connection's other end, written on every request by the server's
 * forwarded-header guard (lib/auth/forwarded-headers-guard.ts), over anything a client sent.
 */
export const PEER_ADDRESS_HEADER = "x-capacitas-peer-address";

/** Set on globalThis once the guard runs on every request of this process. */
export const FORWARDED_HEADERS_GUARD = Symbol.for("capacitas.forwardedHeadersGuard");

export function isForwardedHeadersGuardInstalled(): boolean {
  return (globalThis as Record<symbol, unknown>)[FORWARDED_HEADERS_GUARD] === true;
}

/** The headers only a trusted proxy may set; from anyone else they are dropped. */
export const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

/** "::ffff:10.0.0.1" (IPv4 seen by an IPv6 socket) -> "10.0.0.1"; anything that is no IP address -> null. */
export function normaliseAddress(raw: string | null | undefined): string | null {
  const address = raw?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return address && isIP(address) !== 0 ? address : null;
}

/** Whether an address is one of the trusted proxies (addresses or CIDR ranges, as parsed by lib/env.ts). */
export function isTrustedProxy(address: string, trustedProxies: readonly string[]): boolean {
  if (trustedProxies.length === 0) return false;
  const list = new BlockList();
  for (const entry of trustedProxies) {
    const [network = "", prefix] = entry.split("/");
    const type = isIP(network) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(network, type);
    else list.addSubnet(network, Number(prefix), type);
  }
  const normalised = normaliseAddress(address);
  return normalised !== null && list.check(normalised, isIP(normalised) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's network address, for rate limits and the audit log. The chain is the
 * X-Forwarded-For entries followed by the connection's peer; read from the right, each
 * trusted proxy is stepped over, and the first address that is not one is the client. Without
 * trusted proxies that is the peer itself, whatever X-Forwarded-For says (the guard has
 * dropped it anyway), so a forged header on each try no longer gives a fresh address. Null
 * when the peer is unknown (the guard is not installed in this process, so the peer header
 * could be the client's own): then only the per-account limit applies.
 */
export function clientAddressFrom(
  headers: Headers,
  options: { trustedProxies?: readonly string[]; isGuarded?: boolean } = {},
): string | null {
  if (!(options.isGuarded ?? isForwardedHeadersGuardInstalled())) return null;
  const trustedProxies = options.trustedProxies ?? getEnv().TRUSTED_PROXIES;
  const peer = normaliseAddress(headers.get(PEER_ADDRESS_HEADER));
  if (!peer) return null;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  for (let index = chain.length - 1; index >= 0; index -= 1) {
    const address = normaliseAddress(chain[index]);
    // Garbage in the chain stops the walk: what lies to its left cannot be vouched for.
    if (!address) return normaliseAddress(chain[index + 1]);
    if (index === 0 || !isTrustedProxy(address, trustedProxies)) return address;
  }
  return peer;
}

/**
 * A forwarded header's first value (X-Forwarded-Host, X-Forwarded-Proto) when, and only when,
 * the connection came from a trusted proxy; otherwise null. The guard drops these headers from
 * anyone else in the server, but a handler must not rely on running behind it: without the
 * guard (or without a peer) nothing vouches for them, and a client could name any host.
 */
export function trustedForwardedHeader(
  headers: Headers,
  name: "x-forwarded-host" | "x-forwarded-proto",
  options: { trustedProxies?: readonly string[]; isGuarded?: boolean } = {},
): string | null {
  const value = headers.get(name)?.split(",")[0]?.trim();
  if (!value) return null;
  if (!(options.isGuarded ?? isForwardedHeadersGuardInstalled())) return null;
  const peer = normaliseAddress(headers.get(PEER_ADDRESS_HEADER));
  return peer && isTrustedProxy(peer, options.trustedProxies ?? getEnv().TRUSTED_PROXIES) ? value : null;
}
