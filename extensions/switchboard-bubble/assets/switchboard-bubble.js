// Switchboard storefront help bubble. Plain JS on purpose: it ships inside the theme with no build
// step and must stay under the 10 KB (compressed) limit Shopify sets for app block scripts.
(function () {
  "use strict";
  var root = document.getElementById("switchboard-bubble-root");
  if (!root || root.dataset.ready) return;
  root.dataset.ready = "1";
  var d = root.dataset;
  var base = d.proxyPath || "/apps/switchboard";
  var store = window.localStorage;
  var KEY = "switchboard:" + location.host;
  var state = load();
  var lastId = null;
  var seen = {};
  var pollTimer = null;

  function load() {
    try {
      var s = JSON.parse(store.getItem(KEY) || "{}");
      if (!s.visitorId) s.visitorId = uid();
      return s;
    } catch {
      return { visitorId: uid() };
    }
  }
  function save() {
    try { store.setItem(KEY, JSON.stringify(state)); } catch { /* private mode: keep in memory */ }
  }
  function uid() {
    return window.crypto && crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(36).slice(2);
  }
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = text;
    return n;
  }

  // Build the UI.
  root.classList.add("switchboard-" + (d.position || "right"));
  var toggle = el("button", "switchboard-toggle");
  toggle.type = "button";
  toggle.setAttribute("aria-label", d.openLabel || "Open help chat");
  toggle.setAttribute("aria-expanded", "false");
  toggle.appendChild(el("span", "switchboard-toggle-icon", "?"));
  var panel = el("section", "switchboard-panel");
  panel.hidden = true;
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", d.title || "Help");
  var header = el("header", "switchboard-header");
  header.appendChild(el("h2", "switchboard-title", d.title || "Need help?"));
  var close = el("button", "switchboard-close", "×");
  close.type = "button";
  close.setAttribute("aria-label", d.closeLabel || "Close");
  header.appendChild(close);
  var log = el("ol", "switchboard-log");
  log.setAttribute("aria-live", "polite");
  var human = el("button", "switchboard-human", d.humanLabel || "Talk to a person");
  human.type = "button";
  var form = el("form", "switchboard-form");
  var input = el("input", "switchboard-input");
  input.type = "text";
  input.name = "message";
  input.maxLength = 2000;
  input.autocomplete = "off";
  input.placeholder = d.placeholder || "";
  input.setAttribute("aria-label", d.placeholder || "Message");
  var send = el("button", "switchboard-send", d.sendLabel || "Send");
  send.type = "submit";
  form.appendChild(input);
  form.appendChild(send);
  panel.appendChild(header);
  panel.appendChild(log);
  panel.appendChild(human);
  panel.appendChild(form);
  root.appendChild(panel);
  root.appendChild(toggle);

  var intro = el("li", "switchboard-msg switchboard-bot");
  intro.appendChild(el("span", "switchboard-author", d.botLabel || "Bot"));
  intro.appendChild(el("p", "switchboard-body", d.greeting || ""));
  log.appendChild(intro);

  function setOpen(open) {
    panel.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    if (open) {
      input.focus();
      refresh();
      startPolling();
    } else stopPolling();
  }
  toggle.addEventListener("click", function () { setOpen(panel.hidden); });
  close.addEventListener("click", function () { setOpen(false); });

  // Links (tracking pages, policies) are the only markup we allow, and only http(s).
  function renderBody(p, text) {
    var parts = String(text).split(/(https?:\/\/[^\s)]+)/g);
    for (var i = 0; i < parts.length; i++) {
      if (i % 2 === 1) {
        var a = el("a", null, parts[i]);
        a.href = parts[i];
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        p.appendChild(a);
      } else if (parts[i]) p.appendChild(document.createTextNode(parts[i]));
    }
  }

  function show(m) {
    if (seen[m.id]) return;
    seen[m.id] = 1;
    if (m.clientMessageId && seen["c:" + m.clientMessageId]) {
      var pending = log.querySelector('[data-client-id="' + m.clientMessageId + '"]');
      if (pending) pending.remove();
    }
    var li = el("li", "switchboard-msg switchboard-" + m.author);
    li.dataset.id = m.id;
    var who = m.author === "bot" ? d.botLabel : m.author === "staff" ? m.staffName || d.staffLabel : null;
    if (who) li.appendChild(el("span", "switchboard-author", who));
    var p = el("p", "switchboard-body");
    renderBody(p, m.body);
    li.appendChild(p);
    if (m.author === "bot") li.appendChild(feedbackButtons(m.id));
    log.appendChild(li);
    log.scrollTop = log.scrollHeight;
    lastId = m.id;
  }

  function feedbackButtons(id) {
    var wrap = el("span", "switchboard-feedback");
    ["up", "down"].forEach(function (v) {
      var b = el("button", "switchboard-fb", v === "up" ? "👍" : "👎");
      b.type = "button";
      b.setAttribute("aria-label", v === "up" ? "Helpful" : "Not helpful");
      b.addEventListener("click", function () {
        wrap.remove();
        api("POST", "/feedback", { conversationId: state.conversationId, visitorId: state.visitorId, messageId: id, value: v }).then(apply, function () {});
      });
      wrap.appendChild(b);
    });
    return wrap;
  }

  function api(method, path, body) {
    var url = base + path;
    var opts = { method: method, headers: { Accept: "application/json" }, credentials: "same-origin" };
    if (body) {
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(body);
    }
    return fetch(url, opts).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    });
  }

  function apply(res) {
    if (!res) return;
    if (res.conversationId && res.conversationId !== state.conversationId) {
      state.conversationId = res.conversationId;
      save();
    }
    (res.messages || []).forEach(show);
    root.dataset.status = res.status || "";
  }

  function submit(text, clientId) {
    var li = log.querySelector('[data-client-id="' + clientId + '"]');
    if (!li) {
      li = el("li", "switchboard-msg switchboard-shopper switchboard-pending");
      li.dataset.clientId = clientId;
      li.appendChild(el("p", "switchboard-body", text));
      log.appendChild(li);
      seen["c:" + clientId] = 1;
    }
    li.classList.remove("switchboard-failed");
    var old = li.querySelector(".switchboard-retry");
    if (old) old.remove();
    return api("POST", "/messages", {
      conversationId: state.conversationId || null,
      visitorId: state.visitorId,
      clientMessageId: clientId,
      text: text,
    }).then(apply, function () {
      // Keep the shopper's words and let them resend the same message (same id: no duplicate).
      li.classList.add("switchboard-failed");
      var retry = el("button", "switchboard-retry", d.errorLabel || "Retry");
      retry.type = "button";
      retry.addEventListener("click", function () { submit(text, clientId); });
      li.appendChild(retry);
    });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = "";
    submit(text, uid());
  });

  human.addEventListener("click", function () {
    submit(d.humanLabel || "Talk to a person", uid());
  });

  function refresh() {
    if (!state.conversationId) return Promise.resolve();
    var q = "?conversationId=" + encodeURIComponent(state.conversationId) + "&visitorId=" + encodeURIComponent(state.visitorId) + (lastId ? "&after=" + encodeURIComponent(lastId) : "");
    return api("GET", "/messages" + q).then(apply, function () {});
  }
  function startPolling() {
    stopPolling();
    pollTimer = setInterval(refresh, 3000);
  }
  function stopPolling() {
    if (pollTimer) clearInterval(pollTimer);
    pollTimer = null;
  }
})();
