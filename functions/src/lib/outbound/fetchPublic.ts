import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { assertPublicUrl, type OutboundOptions, resolvePublicAddress, UrlNotPublicError } from './assertPublicUrl.ts';

export interface FetchPublicOptions extends OutboundOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  headers?: Record<string, string>;
  method?: 'GET' | 'POST' | 'HEAD';
  body?: string;
}

export interface PublicResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** At most `maxBytes`; `truncated` says whether more was sent. */
  body: Buffer;
  truncated: boolean;
  /** The URL that answered, after redirects. */
  url: string;
}

/**
 * A request to a customer's URL that cannot be turned against the platform's own network: every hop (the URL and
 * each redirect) is checked with `assertPublicUrl`, the connection goes to the very address that was checked
 * (pinned through `lookup`, so a second DNS answer cannot differ), and time and size are bounded. A redirect of a
 * POST is not followed with its body: it is answered as it is (webhook receivers do not redirect).
 */
export async function fetchPublic(url: string, options: FetchPublicOptions): Promise<PublicResponse> {
  let current = await assertPublicUrl(url, options);
  const deadline = Date.now() + options.timeoutMs;
  for (let hop = 0; ; hop += 1) {
    const response = await requestOnce(current, options, deadline);
    const location = response.headers.location;
    const redirect = response.status >= 300 && response.status < 400 && typeof location === 'string';
    if (!redirect || (options.method ?? 'GET') === 'POST') return response;
    if (hop >= options.maxRedirects) throw new UrlNotPublicError('too many redirects');
    current = await assertPublicUrl(new URL(location, current).href, options);
  }
}

async function requestOnce(url: URL, options: FetchPublicOptions, deadline: number): Promise<PublicResponse> {
  const pinned = await resolvePublicAddress(url.hostname, options);
  const lookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all) {
      (callback as unknown as (error: null, addresses: { address: string; family: number }[]) => void)(null, [pinned]);
    } else callback(null, pinned.address, pinned.family);
  };
  const remaining = deadline - Date.now();
  if (remaining <= 0) throw new Error('timed out');
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<PublicResponse>((resolve, reject) => {
    const request = send(
      url,
      {
        method: options.method ?? 'GET',
        headers: {
          'user-agent': 'Frontdesk',
          ...options.headers,
          ...(options.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(options.body)) }),
        },
        lookup,
        timeout: remaining,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let truncated = false;
        response.on('data', (chunk: Buffer) => {
          if (size + chunk.length > options.maxBytes) {
            chunks.push(chunk.subarray(0, options.maxBytes - size));
            size = options.maxBytes;
            truncated = true;
            response.destroy();
            finish();
            return;
          }
          chunks.push(chunk);
          size += chunk.length;
        });
        const finish = () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
            truncated,
            url: url.href,
          });
        response.on('end', finish);
        response.on('error', reject);
      },
    );
    const timer = setTimeout(() => request.destroy(new Error('timed out')), remaining);
    request.on('close', () => clearTimeout(timer));
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', reject);
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}
