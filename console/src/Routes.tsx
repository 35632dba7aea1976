import { createEffect, Match, Switch } from 'solid-js';
import { Shell } from './components/Shell.tsx';
import { href, navigate, routeSegments } from './lib/hashRoute.ts';
import { session } from './lib/session.ts';
import { Onboarding } from './screens/Onboarding.tsx';
import { PlatformAdmin } from './screens/PlatformAdmin.tsx';
import { TenantRoutes } from './TenantRoutes.tsx';

/** Top-level routes: a tenant's screens, onboarding, the platform admin screen. */
export function Routes() {
  const first = () => routeSegments()[0];
  const memberships = () => session.whoAmI()?.memberships ?? [];

  // The bare address goes to the first tenant, or to onboarding when the user has none yet.
  createEffect(() => {
    if (first() !== undefined) return;
    const tenant = memberships()[0];
    if (tenant) navigate('t', tenant.tenantId);
    else navigate('onboarding');
  });

  return (
    <Switch>
      <Match when={first() === 't' && routeSegments()[1]}>
        {(tenantId) => <TenantRoutes tenantId={tenantId()} rest={routeSegments().slice(2)} />}
      </Match>
      <Match when={first() === 'admin'}>
        <Shell>
          <PlatformAdmin />
        </Shell>
      </Match>
      <Match when={first() === 'onboarding'}>
        <Shell>
          <Onboarding />
        </Shell>
      </Match>
      <Match when={first() !== undefined}>
        <Shell>
          <p>
            <a href={href()}>{'←'}</a>
          </p>
        </Shell>
      </Match>
    </Switch>
  );
}
