import type express from "express";
import type { CapturedMail, SmtpCapture } from "../../app/testing/smtp-capture.server";

// The demo's mailbox: every email the app sent through the in-process SMTP server, newest first.

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
const linkify = (s: string) => escape(s).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

function renderMail(m: CapturedMail): string {
  return `<article data-mail="${m.id}">
  <h2>${escape(m.subject || "(no subject)")}</h2>
  <p class="meta">From ${escape(m.from)} to ${escape(m.to.join(", "))} · ${escape(new Date(m.receivedAt).toLocaleString())}</p>
  <pre>${linkify(m.text)}</pre>
</article>`;
}

export function mountMailbox(app: express.Express, smtp: SmtpCapture) {
  app.get("/demo/mailbox.json", (_req, res) => {
    res.json(smtp.mails.map(({ raw: _raw, ...mail }) => mail));
  });
  app.get("/demo/mailbox", (_req, res) => {
    const mails = [...smtp.mails].reverse();
    res.type("html").send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Demo mailbox (${mails.length})</title>
<meta http-equiv="refresh" content="10">
<style>
  body { font: 15px/1.5 system-ui, sans-serif; max-width: 760px; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
  article { border: 1px solid #ddd; border-radius: 8px; padding: 0 1rem 1rem; margin: 1rem 0; }
  .meta { color: #555; font-size: 13px; }
  pre { white-space: pre-wrap; font: inherit; }
</style></head>
<body>
<h1>Demo mailbox</h1>
<p>Every email Switchboard sent through the demo's SMTP server (${escape(smtp.url)}): handoff notifications to the team,
staff replies to shoppers who left, back-in-stock notices. Refreshes every 10 seconds.</p>
${mails.length ? mails.map(renderMail).join("\n") : "<p><em>No emails yet.</em> Ask the bubble for a person, then look here.</p>"}
</body></html>`);
  });
}
