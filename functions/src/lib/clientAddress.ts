import type { IncomingHttpHeaders } from 'node:http';
import { trustedProxyHops } from '../config.ts';
import { clientAddressFrom } from '../domain/access/clientAddressFrom.ts';

/** The parts of a raw request (a callable's `request.rawRequest`, an onRequest `req`) an address is read from. */
export interface AddressedRequest {
  headers: IncomingHttpHeaders;
  socket?: { remoteAddress?: string } | null;
}

/**
 * The network a request came from, as a key for per-network limits that the client cannot choose: read from
 * the X-Forwarded-For entries our own `TRUSTED_PROXY_HOPS` proxies appended (never Express's `req.ip`, which
 * believes the left-most, client-written entry), else the socket address. IPv6 is keyed by its /64.
 * Pass the result to `hashClientIp` before storing it anywhere.
 */
export function clientAddress(rawRequest: AddressedRequest): string {
  return clientAddressFrom({
    forwardedFor: rawRequest.headers['x-forwarded-for'],
    socketAddress: rawRequest.socket?.remoteAddress,
    trustedHops: trustedProxyHops.value(),
  });
}
