// Demo-only stand-in for Shopify's App Bridge (its CDN is unreachable offline). It does the parts
// the app relies on: session tokens on same-origin fetches, the auth bounce reload, toasts, and
// showing the navigation menu, title bar and contextual save bar that Shopify admin would draw around the app.
(function () {
  "use strict";
  var params = new URLSearchParams(location.search);
  var shop = params.get("shop") || sessionStorage.getItem("demo-shop") || "";
  if (shop) sessionStorage.setItem("demo-shop", shop);
  var originalFetch = window.fetch.bind(window);

  function idToken() {
    return originalFetch("/demo/session-token?shop=" + encodeURIComponent(shop)).then(function (r) {
      if (!r.ok) throw new Error("Demo session token unavailable");
      return r.text();
    });
  }

  window.fetch = function (input, init) {
    var url = new URL(typeof input === "string" || input instanceof URL ? String(input) : input.url, location.href);
    if (url.origin !== location.origin || url.pathname.indexOf("/demo/") === 0) return originalFetch(input, init);
    return idToken().then(function (token) {
      var headers = new Headers((init && init.headers) || (input instanceof Request ? input.headers : undefined));
      headers.set("Authorization", "Bearer " + token);
      return originalFetch(input, Object.assign({}, init, { headers: headers }));
    });
  };

  function toast(message) {
    var el = document.createElement("div");
    el.className = "demo-toast";
    el.setAttribute("role", "status");
    el.textContent = message;
    document.body.appendChild(el);
    setTimeout(function () { el.remove(); }, 4000);
  }

  window.shopify = {
    config: { apiKey: (document.currentScript && document.currentScript.dataset.apiKey) || "", shop: shop },
    environment: { embedded: true, mobile: false, pos: false },
    idToken: idToken,
    toast: { show: toast, hide: function () {} },
    loading: function () {},
    saveBar: {
      show: function (id) { var el = document.getElementById(id); if (el && el.show) el.show(); return Promise.resolve(); },
      hide: function (id) { var el = document.getElementById(id); if (el && el.hide) el.hide(); return Promise.resolve(); },
      toggle: function (id) { var el = document.getElementById(id); if (el && el.toggle) el.toggle(); return Promise.resolve(); },
      leaveConfirmation: function () { return Promise.resolve(); },
    },
  };

  // <ui-save-bar>: Shopify admin draws it above the app and warns before leaving while it is shown. Here it is
  // drawn as a bar at the top of the page from its own <button> children (variant="primary" is Save).
  function openSaveBar() { return document.querySelector("ui-save-bar[data-demo-open]"); }
  if (window.customElements && !customElements.get("ui-save-bar")) {
    customElements.define(
      "ui-save-bar",
      class extends HTMLElement {
        show() { if (!this.hasAttribute("data-demo-open")) { this.setAttribute("data-demo-open", ""); this.dispatchEvent(new Event("show")); } }
        hide() { if (this.hasAttribute("data-demo-open")) { this.removeAttribute("data-demo-open"); this.dispatchEvent(new Event("hide")); } }
        toggle() { if (this.hasAttribute("data-demo-open")) this.hide(); else this.show(); }
        get showing() { return this.hasAttribute("data-demo-open"); }
      },
    );
  }
  window.addEventListener("beforeunload", function (event) { if (openSaveBar()) event.preventDefault(); });
  document.addEventListener(
    "click",
    function (event) {
      var link = event.target && event.target.closest && event.target.closest("ui-nav-menu a");
      if (link && openSaveBar() && !window.confirm("Leave this page? Your unsaved changes will be lost.")) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    true,
  );

  var style = document.createElement("style");
  style.textContent =
    "ui-nav-menu{display:flex;gap:16px;padding:10px 16px;background:#1a1a1a;font:14px system-ui}" +
    "ui-nav-menu a{color:#fff;text-decoration:none}ui-nav-menu a[rel=home]{font-weight:700}" +
    "ui-title-bar{display:none}" +
    "ui-save-bar{display:none}" +
    "ui-save-bar[data-demo-open]{display:flex;gap:8px;align-items:center;justify-content:flex-end;position:sticky;top:0;z-index:9999;padding:8px 16px;background:#303030;font:14px system-ui}" +
    "ui-save-bar[data-demo-open]::before{content:'Unsaved changes';color:#fff;margin-right:auto}" +
    "ui-save-bar button{padding:6px 12px;border-radius:8px;border:1px solid #8a8a8a;background:#fff;color:#303030;font:600 13px system-ui;cursor:pointer}" +
    "ui-save-bar button[variant=primary]{background:#fff;border-color:#fff}" +
    ".demo-toast{position:fixed;bottom:24px;left:50%;transform:translateX(-50%);background:#1a1a1a;color:#fff;padding:10px 16px;border-radius:8px;font:14px system-ui;z-index:99999}";
  document.head.appendChild(style);

  // The auth bounce page asks App Bridge to reload the app with a fresh session token.
  var reload = params.get("shopify-reload");
  if (reload) {
    idToken().then(function (token) {
      var target = new URL(reload, location.href);
      if (target.origin !== location.origin) return;
      target.searchParams.set("id_token", token);
      location.replace(target.href);
    });
  }
})();
