import { html, type Html } from './html.ts';

/** What users see for any failure: a status and a request id to find the logged detail. */
export function errorPage(status: number, requestId: string): Html {
  const text: Record<number, string> = {
    400: 'The request was not understood.',
    403: 'The request was refused: forms are accepted only from the dashboard itself.',
    404: 'Nothing here. The run may have been removed by retention.',
    413: 'The request body is too large.',
    429: 'Too many requests. Wait a moment and reload.',
    503: 'Temporal is not reachable right now. The page will work again once it is.',
  };
  return html`<h1>
      ${status === 404 ? 'Not found' : status === 503 ? 'Temporal unavailable' : 'Something went wrong'}
    </h1>
    <p>${text[status] ?? 'The page could not be shown. The error has been logged.'}</p>
    <p class="muted small">Request id <code>${requestId}</code> · <a href="/">Overview</a></p>`;
}

export function loginPage(failed: boolean): Html {
  return html`<h1>Sign in</h1>
    <form class="login" method="post" action="/login">
      <label
        >Access token <input type="password" name="token" autocomplete="current-password" required autofocus
      /></label>
      <button type="submit">Sign in</button>
    </form>
    ${failed ? html`<p class="notice error">That token is not valid.</p>` : ''}
    <p class="muted small">
      The token is set with <code>--token</code> or <code>TRUTHGATE_DASHBOARD_TOKEN</code> where the dashboard
      runs.
    </p>`;
}
