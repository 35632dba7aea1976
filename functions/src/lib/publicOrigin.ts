import { projectID } from 'firebase-functions/params';
import { publicBaseUrl } from '../config.ts';

/** Origin of the hosted site (console, `/cancel`), for links in mails: PUBLIC_BASE_URL or the default site. */
export function publicOrigin(): string {
  const configured = publicBaseUrl.value();
  return (configured || `https://${projectID.value()}.web.app`).replace(/\/$/, '');
}
