import { readFileSync } from 'node:fs';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { TruthgateError } from '../core/errors.ts';
import type { EmailMessage } from '../core/notify/email.ts';
import { DeliveryError } from './http.ts';
import { requireSecret, secretVar, type SecretSource } from './secrets.ts';
import type { DeliveryInput } from './types.ts';

/**
 * Email over SMTP. TRUTHGATE_EMAIL_<NAME>_URL is `smtp://host:587` (STARTTLS when offered;
 * `?requireTLS=true` insists) or `smtps://host:465` (TLS); _USER/_PASSWORD authenticate, _FROM and
 * _TO fill what the suite does not say, _TLS_CA trusts a private CA (a file path).
 */
export async function sendEmail(
  d: DeliveryInput,
  mail: EmailMessage,
  secrets: SecretSource,
): Promise<string> {
  const url = requireSecret(secrets, d.channel, 'url');
  const get = (field: string): string | undefined => secrets.get(secretVar(d.channel, field));
  const to =
    d.settings?.to ??
    get('to')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const from = d.settings?.from ?? get('from');
  if (!to?.length)
    throw new TruthgateError('TG_NOTIFY_SECRET_MISSING', {
      channel: d.channel,
      variable: secretVar(d.channel, 'to'),
    });
  if (!from)
    throw new TruthgateError('TG_NOTIFY_SECRET_MISSING', {
      channel: d.channel,
      variable: secretVar(d.channel, 'from'),
    });
  const transport = nodemailer.createTransport(transportOptions(d.channel, url, get, d.timeoutMs));
  try {
    const info = await transport.sendMail({
      from,
      to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
    });
    return `accepted by the SMTP server for ${info.accepted.length} recipient(s)`;
  } catch (err) {
    throw smtpError(d.channel, err as Error & { responseCode?: number; code?: string });
  } finally {
    transport.close();
  }
}

/**
 * SMTP options from the URL and the _USER/_PASSWORD/_TLS_CA variables (built here rather than by
 * nodemailer's `url` option, which drops a `tls` object given next to it).
 */
function transportOptions(
  channel: string,
  url: string,
  get: (field: string) => string | undefined,
  timeoutMs: number,
): SMTPTransport.Options {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new TruthgateError('TG_NOTIFY_SECRET_MISSING', {
      channel,
      variable: `${secretVar(channel, 'url')} (not a smtp:// or smtps:// URL)`,
    });
  }
  const secure = u.protocol === 'smtps:';
  const user = get('user') ?? (u.username ? decodeURIComponent(u.username) : undefined);
  const pass = get('password') ?? decodeURIComponent(u.password);
  const ca = get('tls_ca');
  return {
    host: u.hostname,
    port: Number(u.port) || (secure ? 465 : 587),
    secure,
    requireTLS: u.searchParams.get('requireTLS') === 'true',
    ...(user ? { auth: { user, pass } } : {}),
    ...(ca ? { tls: { ca: readFileSync(ca, 'utf8') } } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  };
}

/** 5xx SMTP replies (bad recipient, auth refused) are permanent; 4xx and network errors are not. */
function smtpError(channel: string, err: Error & { responseCode?: number; code?: string }): DeliveryError {
  const detail = err.responseCode
    ? `SMTP ${err.responseCode}: ${err.message}`
    : `${err.code ?? 'error'}: ${err.message}`;
  const permanent = (err.responseCode !== undefined && err.responseCode >= 500) || err.code === 'EAUTH';
  return new DeliveryError(
    permanent ? 'TG_NOTIFY_REJECTED' : 'TG_NOTIFY_DELIVERY',
    { channel, detail },
    !permanent,
  );
}
