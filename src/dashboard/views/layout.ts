import { assetUrl } from '../http/assets.ts';
import { html, type Html } from './html.ts';

export type Nav = 'overview' | 'runs' | 'schedules' | 'none';

export interface Page {
  title: string;
  nav: Nav;
  body: Html;
  /** Namespace shown in the footer. */
  namespace?: string;
}

const links: [Exclude<Nav, 'none'>, string, string][] = [
  ['overview', '/', 'Overview'],
  ['runs', '/runs', 'Runs'],
  ['schedules', '/schedules', 'Schedules'],
];

export function layout(p: Page): string {
  const charts = p.body.value.includes('data-chart=');
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>${p.title} · Truthgate</title>
        <link rel="stylesheet" href="${assetUrl('app.css')}" />
      </head>
      <body>
        <header class="top">
          <a class="brand" href="/">Truthgate</a>
          <nav>
            ${links.map(([k, href, label]) => html`<a href="${href}" ${k === p.nav ? html` aria-current="page"` : ''}>${label}</a>`)}
          </nav>
        </header>
        <main>${p.body}</main>
        <footer>
          Read-only view of Temporal${p.namespace ? html` namespace <code>${p.namespace}</code>` : ''}.
        </footer>
        ${
          charts
            ? html`<script src="${assetUrl('chart.umd.min.js')}"></script>
                <script src="${assetUrl('charts.js')}"></script>`
            : ''
        }
      </body>
    </html> `.value;
}
