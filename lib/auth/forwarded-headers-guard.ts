import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { getEnv } from "@/lib/env";
import {
  FORWARDED_HEADERS,
  FORWARDED_HEADERS_GUARD,
  isForwardedHeadersGuardInstalled,
  isTrustedProxy,
  normaliseAddress,
  PEER_ADDRESS_HEADER,
} from "./client-address";

/**
 * Makes a request's forwarded headers trustworthy before Next.js or the application reads
 * them: the connection's peer address is written into PEER_ADDRESS_HEADER (over any value a
 * client sent), and unless the peer is a trusted proxy (TRUSTED_PROXIES) the X-Forwarded-*
 * headers are dropped, so that Next.js fills them in again from the socket and the Host
 * header. Next.js only fills them when absent, and route handlers and server actions never
 * see the socket: without this, a client could name any address and any host.
 */
export function guardForwardedHeaders(request: Pick<IncomingMessage, "headers" | "socket">, trustedProxies: readonly string[]): void {
  const peer = normaliseAddress(request.socket?.remoteAddress);
  request.headers[PEER_ADDRESS_HEADER] = peer ?? "";
  if (peer && isTrustedProxy(peer, trustedProxies)) return;
  for (const name of FORWARDED_HEADERS) delete request.headers[name];
}

/**
 * Runs the guard on every request the process's HTTP(S) servers receive, before their own
 * listeners (Next.js's) see it. Installed once at start-up (instrumentation.ts); Next.js's
 * server offers no hook that sees the socket earlier.
 */
export function installForwardedHeadersGuard(): void {
  if (isForwardedHeadersGuardInstalled()) return;
  const trustedProxies = getEnv().TRUSTED_PROXIES;
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit as (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;
    Server.prototype.emit = function guardedEmit(this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") guardForwardedHeaders(args[0] as IncomingMessage, trustedProxies);
      return emit.call(this, event, ...args);
    } as typeof Server.prototype.emit;
  }
  (globalThis as Record<symbol, unknown>)[FORWARDED_HEADERS_GUARD] = true;
}
