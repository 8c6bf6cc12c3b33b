// Switchboard help bubble: the chat panel, loaded by switchboard-bubble.js on first use. Text only: every
// message is set with textContent (links are built as elements, http(s) only), never innerHTML.
(function (w, doc) {
  "use strict";
  var S = w.Switchboard;
  if (!S || S.mount) return;
  var d = S.d;
  var LIMIT = 2000;
  // The bubble's own words, in the four languages the assistant speaks. {name} is the assistant's name.
  var T = {
    en: {
      title: "Need help?",
      greeting: "Hi! I'm {name}, this shop's automated assistant. I can check your order, stock and returns. You can ask for a person at any time.",
      input: "Ask about an order, stock or returns…",
      send: "Send",
      close: "Close help chat",
      open: "Open help chat",
      unread: "New reply from the store",
      human: "Talk to a person",
      bot: "{name} (bot)",
      staff: "Team",
      you: "You",
      typing: "{name} is typing…",
      left: "{n} characters left",
      long: "Too long by {n} characters. Shorten it to send; nothing is cut off.",
      failed: "Not sent. Your message is kept here.",
      retry: "Retry",
      waiting: "A person from the store will reply here. You can keep browsing: the chat button shows a badge when they answer.",
      withHuman: "You're talking with a person from the store.",
      closed: "The store closed this conversation.",
      fresh: "Start a new conversation",
      stale: "Your earlier conversation is no longer available, so this is a new one.",
      helpful: "Helpful",
      unhelpful: "Not helpful",
      thanks: "Thanks for your feedback.",
      ask: "How did we do?",
      rate: "Rate {n} out of 5",
      low: "Poor",
      high: "Great",
      skip: "Not now",
      rated: "Thanks for rating this conversation.",
      rateFailed: "Not sent. Try again.",
      chips: ["Where is my order?", "Is an item in stock?", "I want to return something"],
    },
    es: {
      title: "¿Necesitas ayuda?",
      greeting: "¡Hola! Soy {name}, el asistente automático de esta tienda. Puedo consultar tu pedido, el stock y las devoluciones. Puedes pedir hablar con una persona en cualquier momento.",
      input: "Pregunta por un pedido, stock o devoluciones…",
      send: "Enviar",
      close: "Cerrar chat de ayuda",
      open: "Abrir chat de ayuda",
      unread: "Nueva respuesta de la tienda",
      human: "Hablar con una persona",
      bot: "{name} (bot)",
      staff: "Equipo",
      you: "Tú",
      typing: "{name} está escribiendo…",
      left: "Quedan {n} caracteres",
      long: "Sobran {n} caracteres. Acórtalo para enviarlo; no se corta nada.",
      failed: "No enviado. Tu mensaje se conserva aquí.",
      retry: "Reintentar",
      waiting: "Una persona de la tienda te responderá aquí. Puedes seguir navegando: el botón del chat mostrará un aviso cuando responda.",
      withHuman: "Estás hablando con una persona de la tienda.",
      closed: "La tienda cerró esta conversación.",
      fresh: "Empezar una conversación nueva",
      stale: "Tu conversación anterior ya no está disponible; esta es una nueva.",
      helpful: "Útil",
      unhelpful: "No útil",
      thanks: "Gracias por tu opinión.",
      ask: "¿Qué tal ha ido esta conversación?",
      rate: "Valorar con {n} de 5",
      low: "Mal",
      high: "Genial",
      skip: "Ahora no",
      rated: "Gracias por valorar esta conversación.",
      rateFailed: "No enviado. Inténtalo de nuevo.",
      chips: ["¿Dónde está mi pedido?", "¿Hay stock de un artículo?", "Quiero devolver algo"],
    },
    fr: {
      title: "Besoin d'aide ?",
      greeting: "Bonjour ! Je suis {name}, l'assistant automatique de cette boutique. Je peux vérifier votre commande, le stock et les retours. Vous pouvez demander une personne à tout moment.",
      input: "Une question sur une commande, le stock, les retours…",
      send: "Envoyer",
      close: "Fermer l'aide",
      open: "Ouvrir l'aide",
      unread: "Nouvelle réponse de la boutique",
      human: "Parler à une personne",
      bot: "{name} (robot)",
      staff: "Équipe",
      you: "Vous",
      typing: "{name} écrit…",
      left: "Encore {n} caractères",
      long: "{n} caractères de trop. Raccourcissez pour envoyer ; rien n'est coupé.",
      failed: "Non envoyé. Votre message est conservé ici.",
      retry: "Réessayer",
      waiting: "Une personne de la boutique vous répondra ici. Vous pouvez continuer vos achats : le bouton du chat affichera un badge à sa réponse.",
      withHuman: "Vous parlez avec une personne de la boutique.",
      closed: "La boutique a clos cette conversation.",
      fresh: "Commencer une nouvelle conversation",
      stale: "Votre conversation précédente n'est plus disponible ; en voici une nouvelle.",
      helpful: "Utile",
      unhelpful: "Pas utile",
      thanks: "Merci pour votre avis.",
      ask: "Comment s'est passé cet échange ?",
      rate: "Noter {n} sur 5",
      low: "Mauvais",
      high: "Excellent",
      skip: "Pas maintenant",
      rated: "Merci d'avoir noté cette conversation.",
      rateFailed: "Non envoyé. Réessayez.",
      chips: ["Où est ma commande ?", "Un article est-il en stock ?", "Je veux retourner un article"],
    },
    de: {
      title: "Brauchen Sie Hilfe?",
      greeting: "Hallo! Ich bin {name}, der automatische Assistent dieses Shops. Ich kann Bestellungen, Lagerbestand und Rücksendungen prüfen. Sie können jederzeit nach einer Person fragen.",
      input: "Frage zu Bestellung, Bestand oder Rücksendung…",
      send: "Senden",
      close: "Hilfe-Chat schließen",
      open: "Hilfe-Chat öffnen",
      unread: "Neue Antwort vom Shop",
      human: "Mit einer Person sprechen",
      bot: "{name} (Bot)",
      staff: "Team",
      you: "Sie",
      typing: "{name} schreibt…",
      left: "Noch {n} Zeichen",
      long: "{n} Zeichen zu lang. Bitte kürzen; es wird nichts abgeschnitten.",
      failed: "Nicht gesendet. Ihre Nachricht bleibt hier erhalten.",
      retry: "Erneut senden",
      waiting: "Eine Person aus dem Shop antwortet Ihnen hier. Sie können weiter stöbern: Der Chat-Knopf zeigt ein Zeichen, sobald sie antwortet.",
      withHuman: "Sie sprechen mit einer Person aus dem Shop.",
      closed: "Der Shop hat dieses Gespräch beendet.",
      fresh: "Neues Gespräch beginnen",
      stale: "Ihr früheres Gespräch ist nicht mehr verfügbar, dies ist ein neues.",
      helpful: "Hilfreich",
      unhelpful: "Nicht hilfreich",
      thanks: "Danke für Ihre Rückmeldung.",
      ask: "Wie war dieses Gespräch?",
      rate: "Mit {n} von 5 bewerten",
      low: "Schlecht",
      high: "Sehr gut",
      skip: "Jetzt nicht",
      rated: "Danke für Ihre Bewertung dieses Gesprächs.",
      rateFailed: "Nicht gesendet. Bitte erneut versuchen.",
      chips: ["Wo ist meine Bestellung?", "Ist ein Artikel vorrätig?", "Ich möchte etwas zurückgeben"],
    },
  };
  var ICON = {
    close: "M6 6l12 12M18 6L6 18",
    send: "M4 12l16-8-6 16-2-7z",
    up: "M7 11v9H4v-9zM7 11l4-8a2 2 0 0 1 2 2v4h5a2 2 0 0 1 2 2.3l-1.2 6.6A2 2 0 0 1 16.8 20H7",
    down: "M7 13V4H4v9zM7 13l4 8a2 2 0 0 0 2-2v-4h5a2 2 0 0 0 2-2.3l-1.2-6.6A2 2 0 0 0 16.8 4H7",
  };

  function lang() {
    var l = S.state.lang || String(d.locale || "").slice(0, 2).toLowerCase();
    return T[l] ? l : "en";
  }
  function t(key, n) {
    var l = lang();
    var custom = key === "title" || key === "greeting" ? d[key + l.charAt(0).toUpperCase() + l.charAt(1)] : "";
    return String(custom || T[l][key]).replace("{name}", d.name || "Switchboard").replace("{n}", n);
  }
  function el(tag, cls, text) {
    var n = doc.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = text;
    return n;
  }
  function icon(name) {
    var ns = "http://www.w3.org/2000/svg";
    var s = doc.createElementNS(ns, "svg");
    s.setAttribute("viewBox", "0 0 24 24");
    s.setAttribute("aria-hidden", "true");
    s.setAttribute("focusable", "false");
    var p = doc.createElementNS(ns, "path");
    p.setAttribute("d", ICON[name]);
    s.appendChild(p);
    return s;
  }
  function button(cls, text) {
    var b = el("button", cls, text);
    b.type = "button";
    return b;
  }
  // Labels follow the conversation's language: each bound element is re-labelled when it changes.
  var bound = [];
  function bind(node, key, attr) {
    bound.push([node, key, attr]);
    label(node, key, attr);
    return node;
  }
  function label(node, key, attr) {
    if (attr) node.setAttribute(attr, t(key));
    else node.textContent = t(key);
  }

  var root = S.root;
  var panel = el("section", "switchboard-panel");
  panel.id = "switchboard-panel";
  panel.hidden = true;
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-modal", "true");
  panel.setAttribute("aria-labelledby", "switchboard-title");
  var header = el("div", "switchboard-header");
  var title = bind(el("h2", "switchboard-title"), "title");
  title.id = "switchboard-title";
  var close = bind(button("switchboard-close switchboard-icon"), "close", "aria-label");
  close.appendChild(icon("close"));
  header.appendChild(title);
  header.appendChild(close);
  var notice = el("div", "switchboard-notice");
  notice.setAttribute("role", "status");
  // The scrolling region is the live log; inside it, the messages are a list.
  var scroller = el("div", "switchboard-scroll");
  scroller.setAttribute("role", "log");
  scroller.setAttribute("aria-labelledby", "switchboard-title");
  scroller.tabIndex = 0; // keyboard users can scroll a long conversation
  var log = el("ol", "switchboard-log");
  scroller.appendChild(log);
  var intro = el("li", "switchboard-msg switchboard-bot switchboard-intro");
  intro.appendChild(bind(el("span", "switchboard-author"), "bot"));
  intro.appendChild(bind(el("p", "switchboard-body"), "greeting"));
  log.appendChild(intro);
  var typing = el("p", "switchboard-typing");
  typing.hidden = true;
  typing.appendChild(el("span", "switchboard-dots"));
  typing.appendChild(bind(el("span", "switchboard-sr"), "typing"));
  var chips = el("div", "switchboard-chips");
  var human = bind(button("switchboard-human"), "human");
  var form = el("form", "switchboard-form");
  var input = el("textarea", "switchboard-input");
  input.name = "message";
  input.rows = 1;
  input.autocomplete = "off";
  bind(input, "input", "placeholder");
  bind(input, "input", "aria-label");
  input.setAttribute("aria-describedby", "switchboard-hint");
  var send = button("switchboard-send");
  send.type = "submit";
  send.appendChild(icon("send"));
  send.appendChild(bind(el("span", "switchboard-send-text"), "send"));
  var hint = el("p", "switchboard-hint");
  hint.id = "switchboard-hint";
  hint.setAttribute("aria-live", "polite");
  form.appendChild(input);
  form.appendChild(send);
  [header, notice, scroller, typing, chips, human, form, hint].forEach(function (n) { panel.appendChild(n); });
  root.insertBefore(panel, root.firstChild);
  S.toggle.setAttribute("aria-controls", panel.id);

  var seen = {};

  function relabel() {
    bound.forEach(function (b) { label(b[0], b[1], b[2]); });
    S.labels = { open: t("open"), close: t("close"), unread: t("unread") };
    renderChips();
    S.sync();
  }
  function renderChips() {
    chips.textContent = "";
    var st = S.state;
    chips.hidden = d.chips === "false" || !!st.conversationId || log.children.length > 1;
    if (chips.hidden) return;
    T[lang()].chips.forEach(function (c) {
      var b = button("switchboard-chip", c);
      b.addEventListener("click", function () { submit(c); });
      chips.appendChild(b);
    });
  }

  // What the conversation's status means for the shopper, said once at the top of the panel.
  function status() {
    var st = S.state;
    var s = st.status;
    var owned = s === "waiting_for_human" || s === "human";
    human.hidden = owned;
    notice.textContent = "";
    var text = st.stale ? t("stale") : s === "waiting_for_human" ? t("waiting") : s === "human" ? t("withHuman") : s === "closed" ? t("closed") : "";
    notice.hidden = !text;
    if (text) notice.appendChild(el("p", null, text));
    if (s === "closed") {
      // After the conversation's messages are shown (status() also runs before the history has loaded).
      if (log.children.length > 1) survey();
      var again = button("switchboard-fresh", t("fresh"));
      again.addEventListener("click", function () {
        S.reset(false);
        input.focus();
      });
      notice.appendChild(again);
    }
    root.dataset.status = s || "";
  }

  // Only http(s) links become elements; everything else is text.
  function renderBody(p, text) {
    var parts = String(text).split(/(https?:\/\/[^\s)]+)/g);
    for (var i = 0; i < parts.length; i++) {
      if (i % 2) {
        var a = el("a", null, parts[i]);
        a.href = parts[i];
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        p.appendChild(a);
      } else if (parts[i]) p.appendChild(doc.createTextNode(parts[i]));
    }
  }

  function show(list) {
    list.forEach(function (m) {
      if (seen[m.id]) return;
      seen[m.id] = 1;
      if (m.clientMessageId) {
        var old = log.querySelector('[data-client-id="' + m.clientMessageId + '"]');
        if (old) old.remove();
        forget(m.clientMessageId);
      }
      var li = el("li", "switchboard-msg switchboard-" + m.author);
      li.dataset.id = m.id;
      var who = m.author === "bot" ? t("bot") : m.author === "staff" ? m.staffName || t("staff") : m.author === "shopper" ? t("you") : null;
      if (who) li.appendChild(el("span", m.author === "shopper" ? "switchboard-sr" : "switchboard-author", who));
      var p = el("p", "switchboard-body");
      renderBody(p, m.body);
      li.appendChild(p);
      // No thumbs on a handoff: only on answers given while the bot owns the conversation.
      if (m.author === "bot" && !m.handoff && S.state.status === "bot") li.appendChild(feedback(m.id));
      log.appendChild(li);
    });
    typing.hidden = !S.pending;
    status();
    relabel();
    scrollDown();
    markSeen(list);
    idle();
  }
  S.show = show;

  // The end-of-conversation question (1-5, both holdout groups), asked once per conversation: when the store
  // closed it, when the shopper gave a bot answer a thumbs up, or when a bot answer was left idle with the panel
  // open (S.idleMs, 2 minutes). Stored as `survey` (the conversation it was asked in) so no page asks again;
  // `rated` from the server covers a rating given on another device.
  S.idleMs = 120000;
  var idleTimer = 0;
  function idle() {
    clearTimeout(idleTimer);
    var last = log.lastElementChild;
    if (S.state.status !== "bot" || !last || !last.classList.contains("switchboard-bot") || last === intro) return;
    idleTimer = setTimeout(function () {
      if (!panel.hidden && log.lastElementChild === last) survey();
    }, S.idleMs);
  }
  function survey() {
    var st = S.state;
    var id = st.conversationId;
    if (!id || st.survey === id || st.rated === id) return;
    st.survey = id;
    S.save();
    var li = el("li", "switchboard-survey");
    var q = el("p", "switchboard-ask", t("ask"));
    q.id = "switchboard-ask";
    var row = el("div", "switchboard-scale");
    row.setAttribute("role", "group");
    row.setAttribute("aria-labelledby", q.id);
    var note = el("p", "switchboard-rated");
    note.setAttribute("role", "status");
    var ends = el("p", "switchboard-ends");
    ends.setAttribute("aria-hidden", "true");
    ends.appendChild(el("span", null, t("low")));
    ends.appendChild(el("span", null, t("high")));
    var skip = button("switchboard-skip", t("skip"));
    skip.addEventListener("click", function () {
      li.remove();
      input.focus();
    });
    for (var n = 1; n <= 5; n++) {
      (function (score) {
        var b = button("switchboard-score", String(score));
        b.setAttribute("aria-label", t("rate", score));
        b.addEventListener("click", function () {
          var all = row.querySelectorAll("button");
          Array.prototype.forEach.call(all, function (x) { x.disabled = true; });
          S.api("POST", "/satisfaction", { conversationId: id, visitorId: st.visitorId, score: score }).then(function (r) {
            if (!r.ok) throw r;
            st.rated = id;
            S.save();
            li.textContent = "";
            note.textContent = t("rated");
            li.appendChild(note);
            input.focus();
          }).then(null, function () {
            Array.prototype.forEach.call(all, function (x) { x.disabled = false; });
            note.textContent = t("rateFailed");
          });
        });
        row.appendChild(b);
      })(n);
    }
    [q, row, ends, skip, note].forEach(function (x) { li.appendChild(x); });
    log.appendChild(li);
    scrollDown();
  }

  // The shopper has read the store's replies in the open panel: tell the server, so they are not emailed too.
  function markSeen(list) {
    var last = list[list.length - 1];
    var st = S.state;
    if (!last || panel.hidden || doc.hidden || !list.some(function (m) { return m.author === "staff"; })) return;
    S.api("POST", "/seen", { conversationId: st.conversationId, visitorId: st.visitorId, messageId: last.id }).then(null, function () {});
  }

  function scrollDown() {
    var last = log.lastElementChild;
    if (last && last.scrollIntoView) last.scrollIntoView({ block: "nearest" });
  }

  function feedback(id) {
    var wrap = el("span", "switchboard-feedback");
    ["up", "down"].forEach(function (v) {
      var b = button("switchboard-fb switchboard-icon");
      b.setAttribute("aria-label", t(v === "up" ? "helpful" : "unhelpful"));
      b.appendChild(icon(v));
      b.addEventListener("click", function () {
        wrap.textContent = t("thanks");
        var st = S.state;
        S.api("POST", "/feedback", { conversationId: st.conversationId, visitorId: st.visitorId, messageId: id, value: v }).then(null, function () {});
        input.focus();
        // The shopper accepted the answer: the conversation has reached its end, ask how it went.
        if (v === "up") survey();
      });
      wrap.appendChild(b);
    });
    return wrap;
  }

  // Shopper's words not yet accepted by the server: kept in localStorage so a reload or a new page keeps them.
  function forget(id) {
    S.state.out = S.state.out.filter(function (o) { return o.id !== id; });
    S.save();
  }

  function pendingItem(id, text) {
    var li = log.querySelector('[data-client-id="' + id + '"]');
    if (!li) {
      li = el("li", "switchboard-msg switchboard-shopper switchboard-pending");
      li.dataset.clientId = id;
      li.appendChild(el("span", "switchboard-sr", t("you")));
      li.appendChild(el("p", "switchboard-body", text));
      log.appendChild(li);
    }
    li.classList.remove("switchboard-failed");
    var err = li.querySelector(".switchboard-error");
    if (err) err.remove();
    return li;
  }

  function fail(li, o, message, waitSeconds) {
    li.classList.add("switchboard-failed");
    var box = el("div", "switchboard-error");
    box.appendChild(el("p", null, message || t("failed")));
    var retry = bind(button("switchboard-retry"), "retry");
    retry.addEventListener("click", function () { submit(o.text, o.id); });
    if (waitSeconds > 0) {
      retry.disabled = true;
      setTimeout(function () { retry.disabled = false; }, waitSeconds * 1000);
    }
    box.appendChild(retry);
    li.appendChild(box);
    scrollDown();
  }

  function submit(text, id, again, tries) {
    var st = S.state;
    var o = { id: id || S.uid(), text: text };
    if (!id) {
      st.out.push(o);
      S.save();
    }
    var li = pendingItem(o.id, text);
    chips.hidden = true;
    scrollDown();
    // The bubble names a new conversation itself, so a retry or two quick first messages land in one.
    if (!st.conversationId && !st.conversationKey) {
      st.conversationKey = S.uid();
      S.save();
    }
    typing.hidden = false;
    var body = { conversationId: st.conversationId || null, conversationKey: st.conversationKey, visitorId: st.visitorId, clientMessageId: o.id, text: text, locale: d.locale || null };
    S.api("POST", "/messages", body).then(function (r) {
      typing.hidden = true;
      var data = r.data;
      if (r.ok) {
        forget(o.id);
        // "pending": the message is stored but its answer is not ready; polling brings it.
        S.pending = !!data.pending;
        show(S.apply(data));
        // Until the message view carries the conversation's language, one poll fetches it.
        S.poll(!S.pending && !("language" in data));
      } else if (r.status === 404 && !again) {
        // A stale conversation: start a fresh one and send the words there, with a short notice.
        li.remove();
        forget(o.id);
        S.reset(true);
        submit(text, null, true);
      } else if (r.status === 400 || r.status === 413) {
        li.remove();
        forget(o.id);
        if (!input.value.trim()) input.value = text;
        grow();
        hint.textContent = data.error || t("failed");
        hint.className = "switchboard-hint switchboard-bad";
        input.focus();
      } else {
        var wait = Number(data.retryAfterSeconds) || 0;
        fail(li, o, data.retryAfterSeconds ? data.error : "", wait);
        // 503 "briefly unavailable" promises the message goes again by itself: resend it, backing off.
        if (r.status === 503) {
          tries = tries || 0;
          setTimeout(function () {
            if (li.isConnected && li.classList.contains("switchboard-failed")) submit(text, o.id, again, tries + 1);
          }, Math.min(Math.max(wait, 1) * 1000 * Math.pow(2, tries), 30000));
        }
      }
    }, function () {
      typing.hidden = true;
      fail(li, o);
    });
  }

  function grow() {
    input.style.height = "auto";
    // An empty textarea measures its placeholder; keep it one line until there is text.
    if (input.value) input.style.height = Math.min(input.scrollHeight + 2, 160) + "px";
    counter();
  }
  function counter() {
    var n = input.value.trim().length;
    var over = n > LIMIT;
    input.setAttribute("aria-invalid", String(over));
    send.disabled = over;
    hint.className = "switchboard-hint" + (over ? " switchboard-bad" : "");
    hint.textContent = over ? t("long", n - LIMIT) : n > LIMIT - 200 ? t("left", LIMIT - n) : "";
  }
  input.addEventListener("input", grow);
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      if (form.requestSubmit) form.requestSubmit();
      else form.dispatchEvent(new Event("submit", { cancelable: true }));
    }
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text || text.length > LIMIT) return counter();
    input.value = "";
    grow();
    submit(text);
  });
  human.addEventListener("click", function () { submit(t("human")); });
  close.addEventListener("click", function () { S.setOpen(false); });

  // Focus stays in the dialog while it is open; Escape closes it and returns focus to the button.
  panel.addEventListener("keydown", function (e) {
    if (e.key === "Escape") {
      e.stopPropagation();
      S.setOpen(false);
      return;
    }
    if (e.key !== "Tab") return;
    var items = Array.prototype.filter.call(panel.querySelectorAll("button,textarea,a[href]"), function (n) {
      return !n.disabled && n.getClientRects().length;
    });
    var first = items[0];
    var last = items[items.length - 1];
    if (e.shiftKey && doc.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && doc.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  });

  // Phones: the panel fills the visual viewport, so the on-screen keyboard never covers the input.
  var phone = w.matchMedia("(max-width: 639px)");
  function fit() {
    var v = w.visualViewport;
    var on = phone.matches && v && !panel.hidden;
    panel.style.height = on ? v.height + "px" : "";
    panel.style.top = on ? v.offsetTop + "px" : "";
  }
  if (w.visualViewport) {
    w.visualViewport.addEventListener("resize", fit);
    w.visualViewport.addEventListener("scroll", fit);
  }

  // A conversation that is gone, or a new one the shopper asked for: back to the greeting.
  S.restart = function () {
    Array.prototype.slice.call(log.children, 1).forEach(function (n) { n.remove(); });
    seen = {};
    status();
    renderChips();
  };

  function history() {
    var st = S.state;
    if (!st.conversationId) return Promise.resolve();
    var q = "?conversationId=" + encodeURIComponent(st.conversationId) + "&visitorId=" + encodeURIComponent(st.visitorId);
    return S.api("GET", "/messages" + q).then(function (r) {
      if (r.status === 404) return S.reset(true);
      if (r.ok) {
        if (r.data.rated) st.rated = st.conversationId;
        S.apply(r.data);
        show(r.data.messages || []);
      }
    }, function () {});
  }

  S.mount = function (focus) {
    panel.hidden = false;
    root.classList.add("switchboard-open");
    fit();
    status();
    renderChips();
    if (focus) input.focus();
    history().then(function () {
      // Words the server never accepted (a failed send, a page left mid-send): offer them again.
      S.state.out.forEach(function (o) {
        if (!log.querySelector('[data-client-id="' + o.id + '"]')) fail(pendingItem(o.id, o.text), o);
      });
      scrollDown();
      S.poll();
    });
  };
  S.close = function () {
    panel.hidden = true;
    root.classList.remove("switchboard-open");
    if (S.state.stale) {
      S.state.stale = false;
      S.save();
    }
  };
  relabel();
})(window, document);
