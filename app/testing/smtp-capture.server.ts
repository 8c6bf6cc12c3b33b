import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";

// A real SMTP server in-process for tests and the offline demo: it speaks SMTP to nodemailer like any mail server,
// keeps what it received and can be told to refuse mail (to test retries).

export interface CapturedMail {
  id: number;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  raw: string;
}

export interface SmtpCapture {
  url: string;
  port: number;
  mails: CapturedMail[];
  /** While set, every message is refused with this SMTP reply (e.g. 451 temporary failure). */
  refuseWith: { code: number; message: string } | null;
  /** Resolves when `count` mails have arrived in total. */
  waitFor(count: number, timeoutMs?: number): Promise<CapturedMail[]>;
  close(): Promise<void>;
}

export async function startSmtpCapture(options: { port?: number; host?: string } = {}): Promise<SmtpCapture> {
  const mails: CapturedMail[] = [];
  const waiters: Array<() => void> = [];
  const capture: SmtpCapture = {
    url: "",
    port: 0,
    mails,
    refuseWith: null,
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (mails.length >= count) {
            clearTimeout(timer);
            resolve(mails);
            return true;
          }
          return false;
        };
        const timer = setTimeout(() => reject(new Error(`expected ${count} mails, got ${mails.length}`)), timeoutMs);
        if (!check()) waiters.push(() => void check());
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (capture.refuseWith) {
          const error = new Error(capture.refuseWith.message) as Error & { responseCode: number };
          error.responseCode = capture.refuseWith.code;
          return callback(error);
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        const parsed = parseMail(raw);
        mails.push({
          id: mails.length + 1,
          receivedAt: new Date().toISOString(),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: parsed.subject,
          text: parsed.text,
          raw,
        });
        waiters.splice(0).forEach((w) => w());
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address()).port;
  capture.port = port;
  capture.url = `smtp://127.0.0.1:${port}`;
  return capture;
}

/** Enough MIME for the single-part text mails the app sends: headers, encoded words, QP or base64 body. */
export function parseMail(raw: string): { subject: string; text: string; headers: Record<string, string> } {
  const split = raw.indexOf("\r\n\r\n");
  const head = split >= 0 ? raw.slice(0, split) : raw;
  const body = split >= 0 ? raw.slice(split + 4) : "";
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const encoding = (headers["content-transfer-encoding"] ?? "7bit").toLowerCase();
  let text = body;
  if (encoding === "quoted-printable") text = decodeQuotedPrintable(body);
  else if (encoding === "base64") text = Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  return { subject: decodeWords(headers.subject ?? ""), text: text.replace(/\r\n/g, "\n").replace(/\n$/, ""), headers };
}

function decodeQuotedPrintable(s: string): string {
  const bytes: number[] = [];
  const joined = s.replace(/=\r\n/g, "");
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === "=" && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeWords(s: string): string {
  return s
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_m, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === "B" ? Buffer.from(data, "base64").toString("utf8") : decodeQuotedPrintable(data.replace(/_/g, " ")),
    );
}
