import { startDemoSite } from '../../dev/src/demoSite/startDemoSite.ts';
import { localConfig, urls } from '../../dev/src/localConfig.ts';

/** The demo site on a free port, with the widget of `botId` served by the emulated Hosting, as a site embeds it. */
export function startBotSite(botId: string) {
  return startDemoSite({ host: localConfig.host, port: 0, widgetUrl: `${urls.hosting}/frontdesk.js`, botId });
}
