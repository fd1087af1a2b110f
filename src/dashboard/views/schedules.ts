import type { ScheduleSummary } from '@temporalio/client';
import type { CalendarSpecDescription, Range } from '@temporalio/client';
import { scheduleSuite } from '../../temporal/schedules.ts';
import { time } from './format.ts';
import { html, type Html } from './html.ts';

export function schedulesPage(
  list: ScheduleSummary[],
  runLink: (workflowId: string, runId: string) => string,
): Html {
  return html`<h1>Schedules</h1>
    ${
      list.length === 0
        ? html`<p class="empty">
            No schedules. Create one with
            <code>truthgate schedule create &lt;id&gt; --suite truthgate.yml --cron "0 6 * * *"</code>.
          </p>`
        : html`<div class="table-wrap">
            <table class="schedules">
              <thead>
                <tr>
                  <th>Schedule</th>
                  <th>Suite</th>
                  <th>Workflow</th>
                  <th>Cron</th>
                  <th>State</th>
                  <th>Recent runs</th>
                  <th>Next runs</th>
                </tr>
              </thead>
              <tbody>
                ${list.map(
                  (s) =>
                    html`<tr id="${s.scheduleId}">
                      <td>
                        <strong>${s.scheduleId}</strong
                        >${s.state.note ? html`<div class="muted small">${s.state.note}</div>` : ''}
                      </td>
                      <td>${scheduleSuite(s) ?? html`<span class="muted">—</span>`}</td>
                      <td>${s.action?.workflowType ?? '—'}</td>
                      <td>
                        <code>${cronOf(s)}</code
                        >${s.spec?.timezone ? html`<div class="muted small">${s.spec.timezone}</div>` : html`<div class="muted small">UTC</div>`}
                      </td>
                      <td>
                        ${s.state.paused ? html`<span class="badge s-warn">paused</span>` : html`<span class="badge s-pass">active</span>`}
                      </td>
                      <td>
                        <ul class="plain">
                          ${s.info.recentActions
                            .slice(-3)
                            .reverse()
                            .map(
                              (a) =>
                                html`<li>
                                  <a
                                    href="${runLink(a.action.workflow.workflowId, a.action.workflow.firstExecutionRunId)}"
                                    >${time(a.takenAt)}</a
                                  >
                                </li>`,
                            )}
                        </ul>
                      </td>
                      <td>
                        <ul class="plain">
                          ${s.state.paused ? html`<li class="muted">paused</li>` : s.info.nextActionTimes.slice(0, 3).map((t) => html`<li>${time(t)}</li>`)}
                        </ul>
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }`;
}

const MONTHS = [
  'JANUARY',
  'FEBRUARY',
  'MARCH',
  'APRIL',
  'MAY',
  'JUNE',
  'JULY',
  'AUGUST',
  'SEPTEMBER',
  'OCTOBER',
  'NOVEMBER',
  'DECEMBER',
];
const DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

/** The server keeps cron specs as calendars; shown back in five-field cron form. */
function cronOf(s: ScheduleSummary): string {
  const cal = s.spec?.calendars ?? [];
  if (cal.length === 0) return s.spec?.intervals?.length ? 'interval' : '—';
  return cal.map(cronFields).join(' | ');
}

function cronFields(c: CalendarSpecDescription): string {
  const idx =
    (names: string[]) =>
    (v: string | number): number =>
      typeof v === 'number' ? v : names.indexOf(v) + 1;
  return [
    field(c.minute, 0, 59),
    field(c.hour, 0, 23),
    field(c.dayOfMonth, 1, 31),
    field(c.month as Range<string | number>[], 1, 12, idx(MONTHS)),
    field(c.dayOfWeek as Range<string | number>[], 0, 6, (v) => idx(DAYS)(v) - 1),
  ].join(' ');
}

function field<T extends string | number>(
  ranges: Range<T>[],
  lo: number,
  hi: number,
  toNum: (v: T) => number = Number,
): string {
  if (ranges.length === 0) return '*';
  return ranges
    .map((r) => {
      const [a, b] = [toNum(r.start), toNum(r.end)];
      const step = r.step > 1 ? `/${r.step}` : '';
      if (a === lo && b === hi) return `*${step}`;
      return a === b ? String(a) : `${a}-${b}${step}`;
    })
    .join(',');
}
