// Switchboard help bubble, the part every storefront page loads (keep it <= 4 KB gzip). The button is in
// the Liquid block with its critical styles; this wires it, keeps the conversation in localStorage, checks
// for staff replies while a person owns the conversation, and loads the panel (switchboard-panel.js/.css)
// on first use. Plain JS, no build step. Never innerHTML: shopper and staff text is only set as text.
(function (w, doc) {
  "use strict";
  var root = doc.getElementById("switchboard-bubble-root");
  if (!root || root.dataset.ready) return;
  root.dataset.ready = "1";
  var d = root.dataset;
  var KEY = "switchboard:" + location.host;
  var toggle = root.querySelector(".switchboard-toggle");
  var badge = root.querySelector(".switchboard-badge");
  var preview = root.querySelector(".switchboard-preview");
  var timer = 0;
  var delay = 3000;
  var loading = null;
  var S = (w.Switchboard = {
    root: root,
    d: d,
    toggle: toggle,
    open: false,
    state: load(),
    save: save,
    uid: uid,
    api: api,
    apply: apply,
    setOpen: setOpen,
    poll: poll,
    labels: { open: d.openLabel, close: d.closeLabel, unread: d.unreadLabel },
    sync: sync,
    reset: reset,
  });

  function load() {
    var s;
    try {
      s = JSON.parse(w.localStorage.getItem(KEY) || "{}") || {};
    } catch {
      s = {};
    }
    if (!s.visitorId) s.visitorId = uid();
    if (!s.out) s.out = [];
    return s;
  }
  function save() {
    try {
      w.localStorage.setItem(KEY, JSON.stringify(S.state));
    } catch {
      /* private mode: keep it in memory */
    }
  }
  function uid() {
    var c = w.crypto;
    if (c && c.randomUUID) return c.randomUUID();
    var a = new Uint32Array(4);
    if (c && c.getRandomValues) c.getRandomValues(a);
    else for (var i = 0; i < 4; i++) a[i] = Math.random() * 4294967296;
    return "sb" + Date.now().toString(36) + Array.prototype.map.call(a, function (n) { return n.toString(36); }).join("");
  }

  // Resolves {ok, status, data} for any HTTP answer; rejects only when the network failed.
  // A conversation reopened from an emailed link on another device is read with the link's signed token (`access`).
  function api(method, path, body) {
    var o = { method: method, headers: { Accept: "application/json" }, credentials: "same-origin" };
    var a = S.state.access;
    if (a && body) body.access = a;
    else if (a && path.indexOf("?") > 0) path += "&access=" + encodeURIComponent(a);
    if (body) {
      o.headers["Content-Type"] = "application/json";
      o.body = JSON.stringify(body);
    }
    return fetch(d.proxyPath + path, o).then(function (r) {
      return r.json().then(null, function () { return {}; }).then(function (data) {
        return { ok: r.ok, status: r.status, data: data || {} };
      });
    });
  }

  // Merges a conversation view into the stored state; returns the messages not seen before.
  function apply(res) {
    var st = S.state;
    var fresh = [];
    if (res.conversationId) st.conversationId = res.conversationId;
    if (res.status) st.status = res.status;
    if (res.language) st.lang = res.language;
    (res.messages || []).forEach(function (m) {
      if (m.id === st.lastId) return;
      fresh.push(m);
      st.lastId = m.id;
      if (!S.open && (m.author === "staff" || m.author === "system")) {
        st.unread = (st.unread || 0) + 1;
        st.preview = (m.author === "staff" && m.staffName ? m.staffName + ": " : "") + m.body;
      }
    });
    save();
    sync();
    return fresh;
  }

  function sync() {
    var st = S.state;
    var n = S.open ? 0 : st.unread || 0;
    badge.hidden = !n;
    badge.textContent = n > 9 ? "9+" : String(n);
    preview.hidden = !n;
    preview.textContent = n ? (st.preview || "").slice(0, 90) + ((st.preview || "").length > 90 ? "…" : "") : "";
    toggle.setAttribute("aria-expanded", String(S.open));
    toggle.setAttribute("aria-label", S.open ? S.labels.close : S.labels.open + (n ? " (" + n + ": " + S.labels.unread + ")" : ""));
    root.dataset.status = st.status || "";
  }

  // The conversation is gone (redacted, database reset, signed out): start afresh, say so once.
  function reset(stale) {
    var st = S.state;
    st.conversationId = st.conversationKey = st.status = st.lastId = st.preview = st.access = null;
    st.unread = 0;
    st.stale = !!stale;
    save();
    sync();
    if (S.restart) S.restart();
  }

  // Staff replies arrive by polling: only while a person owns the conversation (or the panel is open),
  // only while the page is visible, backing off while nothing new arrives.
  function poll(now) {
    clearTimeout(timer);
    var st = S.state;
    var human = st.status === "waiting_for_human" || st.status === "human";
    if (!st.conversationId || doc.hidden || !(human || S.open || S.pending)) return;
    timer = setTimeout(function () {
      var q = "?conversationId=" + encodeURIComponent(st.conversationId) + "&visitorId=" + encodeURIComponent(st.visitorId) + (st.lastId ? "&after=" + encodeURIComponent(st.lastId) : "");
      api("GET", "/messages" + q).then(function (r) {
        if (r.status === 404) return reset(true);
        var fresh = r.ok ? apply(r.data) : [];
        // An answer that was not ready when the message was sent ("pending") has now arrived.
        if (fresh.some(function (m) { return m.author !== "shopper"; })) S.pending = false;
        if (r.ok && S.show) S.show(fresh);
        delay = fresh.length ? 3000 : Math.min(delay * 1.6, S.open ? 15000 : 60000);
        poll();
      }, function () {
        delay = Math.min(delay * 2, 60000);
        poll();
      });
    }, now ? 0 : S.pending ? 1000 : delay);
  }

  function loadPanel() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var css = doc.createElement("link");
        css.rel = "stylesheet";
        css.href = d.panelCss;
        var js = doc.createElement("script");
        js.src = d.panelJs;
        js.async = true;
        var left = 2;
        css.onload = js.onload = function () { if (!--left) resolve(); };
        css.onerror = js.onerror = function () { loading = null; reject(); };
        doc.head.appendChild(css);
        doc.head.appendChild(js);
      });
    }
    return loading;
  }

  // focus: false when the open state is restored on a new page (don't steal focus from the page).
  function setOpen(open, focus) {
    if (!open) {
      S.open = false;
      S.state.open = false;
      save();
      if (S.close) S.close();
      sync();
      if (focus !== false) toggle.focus();
      delay = 3000;
      poll();
      return;
    }
    toggle.setAttribute("aria-busy", "true");
    loadPanel().then(function () {
      toggle.removeAttribute("aria-busy");
      S.open = true;
      S.state.open = true;
      S.state.unread = 0;
      save();
      sync();
      S.mount(focus !== false);
      delay = 3000;
    }, function () {
      toggle.removeAttribute("aria-busy");
    });
  }

  toggle.addEventListener("click", function () { setOpen(!S.open); });
  preview.addEventListener("click", function () { setOpen(true); });
  ["pointerenter", "focus", "touchstart"].forEach(function (t) {
    toggle.addEventListener(t, function () { loadPanel().then(null, function () {}); }, { once: true, passive: true });
  });
  doc.addEventListener("visibilitychange", function () {
    delay = 3000;
    poll(true);
  });
  w.addEventListener("storage", function (e) {
    if (e.key !== KEY) return;
    S.state = load();
    sync();
  });

  // A link back from an emailed reply opens the bubble: ?switchboard_conversation=<signed token> on that
  // conversation (on any device: the token is its key), …#switchboard or ?switchboard=open on the stored one.
  // The token leaves the address bar at once, so it is not shared with the page's URL or sent on as a referrer.
  var q = new URLSearchParams(location.search);
  var token = q.get("switchboard_conversation");
  if (token) {
    var id = token.split(".")[0];
    var st = S.state;
    if (id !== st.conversationId) {
      st.conversationId = id;
      st.conversationKey = st.status = st.lastId = st.preview = null;
      st.unread = 0;
    }
    st.access = token;
    save();
    q.delete("switchboard_conversation");
    try {
      history.replaceState(history.state, "", location.pathname + (q.toString() ? "?" + q : "") + location.hash);
    } catch {
      /* sandboxed frame: keep the address as it is */
    }
  }
  sync();
  var link = token || location.hash === "#switchboard" || q.get("switchboard") === "open";
  if (S.state.open || link) setOpen(true, false);
  else poll(true);
})(window, document);
