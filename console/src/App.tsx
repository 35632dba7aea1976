/** The console's first screen. Sign-in, bots, conversations and bookings follow. */
export function App() {
  return (
    <main>
      <h1>Frontdesk console</h1>
      <p>
        This is where a business will sign in with an email link, configure its bots, follow conversations live and
        manage bookings.
      </p>
      <p>
        The widget script is served from <code>/frontdesk.js</code> on this site.
      </p>
    </main>
  );
}
