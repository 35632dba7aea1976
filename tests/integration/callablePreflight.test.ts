import { describe, expect, it } from 'vitest';
import { urls } from '../../dev/src/localConfig.ts';

/** The CORS preflight every page's call is preceded by (cross-origin, with an Authorization header). */
describe('callable preflight', () => {
  it('lets the browser keep the answer for two hours, for the widget and the console alike', async () => {
    for (const name of ['sendMessage', 'listSlots', 'updateBotSettings']) {
      const response = await fetch(`${urls.functions}/${name}`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://shop.example.com',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
      expect(response.status, name).toBe(204);
      expect(response.headers.get('access-control-allow-origin'), name).toBe('https://shop.example.com');
      expect(response.headers.get('access-control-max-age'), name).toBe('7200');
    }
  });
});
