import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { type OutboundPolicy, resolvePublicUrl } from './assertPublicUrl.ts';
import { OutboundError } from './OutboundError.ts';

export interface FetchPublicOptions extends OutboundPolicy {
  /** For the whole request, redirects included. */
  timeoutMs: number;
  /** The body is cut off (error `too_large`) past this many bytes. */
  maxBytes: number;
  maxRedirects: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface PublicResponse {
  /** Where the response came from, after redirects. */
  url: URL;
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * An HTTP request to a tenant's URL, guarded as DESIGN.md invariant 10 says: every hop (the first and each
 * redirect) is checked by `resolvePublicUrl` and connected to the very address it checked, within one deadline
 * and a byte limit. A redirect is followed with GET and no body (as browsers do for 301/302/303), except 307/308.
 */
export async function fetchPublic(url: string | URL, options: FetchPublicOptions): Promise<PublicResponse> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let current = String(url);
  let method = options.method ?? 'GET';
  let body = options.body;
  for (let hop = 0; ; hop += 1) {
    const target = await resolvePublicUrl(current, options);
    const response = await requestOnce(target, { ...options, method, body, signal });
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && location) {
      if (hop >= options.maxRedirects) {
        throw new OutboundError('too_many_redirects', `More than ${options.maxRedirects} redirects.`, current);
      }
      current = new URL(location, target.url).href;
      if (response.status !== 307 && response.status !== 308) {
        method = 'GET';
        body = undefined;
      }
      continue;
    }
    return response;
  }
}

function requestOnce(
  target: { url: URL; address: string; family: 4 | 6 },
  options: FetchPublicOptions & { method: string; signal: AbortSignal },
): Promise<PublicResponse> {
  const { url } = target;
  // The connection goes to the checked address whatever DNS says now; TLS still verifies the host name.
  const lookup: LookupFunction = (_host, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => {
      if (error instanceof OutboundError) return reject(error);
      if (options.signal.aborted) {
        return reject(new OutboundError('timeout', `No complete answer within ${options.timeoutMs} ms.`, url.href));
      }
      reject(new OutboundError('unreachable', `The site could not be reached (${errorCode(error)}).`, url.href));
    };
    const req = send(
      url,
      {
        method: options.method,
        headers: { 'user-agent': 'Frontdesk/1.0 (+knowledge and webhooks)', ...options.headers },
        lookup,
        signal: options.signal,
      },
      (res) => {
        const declared = Number(res.headers['content-length'] ?? 0);
        if (declared > options.maxBytes) {
          res.destroy();
          return fail(new OutboundError('too_large', `The answer is larger than ${options.maxBytes} bytes.`, url.href));
        }
        const parts: Buffer[] = [];
        let size = 0;
        res.on('data', (part: Buffer) => {
          size += part.length;
          if (size > options.maxBytes) {
            res.destroy();
            fail(new OutboundError('too_large', `The answer is larger than ${options.maxBytes} bytes.`, url.href));
            return;
          }
          parts.push(part);
        });
        res.on('end', () =>
          resolve({ url, status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }),
        );
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error && 'code' in error ? String(error.code) : String(error);
}
