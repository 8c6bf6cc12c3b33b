// Demo-only stand-in for Shopify's App Bridge (its CDN is unreachable offline). It does the parts
// the app relies on: session tokens on same-origin fetches, the auth bounce reload, toasts, and
// showing the navigation menu and title bar that Shopify admin would draw around the app.
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
    saveBar: { show: function () {}, hide: function () {}, toggle: function () {} },
  };

  var style = document.createElement("style");
  style.textContent =
    "ui-nav-menu{display:flex;gap:16px;padding:10px 16px;background:#1a1a1a;font:14px system-ui}" +
    "ui-nav-menu a{color:#fff;text-decoration:none}ui-nav-menu a[rel=home]{font-weight:700}" +
    "ui-title-bar{display:none}" +
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
