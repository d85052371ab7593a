/*
 * A small stand-in for Shopify's app-bridge.js, served by the local Shopify. It defines the same
 * global `shopify` the real script gives an embedded app (idToken, toast, saveBar, environment)
 * and the web components the panel uses (ui-nav-menu, ui-title-bar, ui-save-bar), so local mode
 * and the browser tests run the panel's real App Bridge calls.
 * https://shopify.dev/docs/api/app-home/apis
 *
 * Inside Shopify admin the nav, title bar and save bar are drawn by the admin around the app's
 * iframe. Here, with `embedded=1` in the URL (as the admin opens an app), the stand-in draws a
 * plain admin bar at the top of the page instead; without it (local mode) only the toast and
 * the save bar are drawn, and the panel shows its own tabs.
 *
 * Every call is recorded in `shopify.__calls` ({api, args}) for the tests.
 */
(function () {
  'use strict';
  const script = document.currentScript;
  const origin = script ? new URL(script.src).origin : location.origin;
  const params = new URLSearchParams(location.search);
  const shop = params.get('shop') || '';
  const embedded = params.get('embedded') === '1';
  const calls = [];
  const record = (api, args) => calls.push({api, args: args.map((a) => a), at: Date.now()});

  const style = document.createElement('style');
  style.textContent = `
    ui-nav-menu, ui-title-bar, ui-save-bar { display: none !important; }
    .ab-bar { box-sizing: border-box; height: 56px; display: flex; align-items: center; gap: 16px;
      padding: 0 16px; background: #1a1a1a; color: #e3e3e3; font: 13px/1.4 -apple-system,
      BlinkMacSystemFont, "San Francisco", "Segoe UI", Roboto, sans-serif; overflow: hidden; }
    .ab-bar a, .ab-bar button { color: inherit; background: none; border: 0; font: inherit;
      cursor: pointer; text-decoration: none; padding: 6px 8px; border-radius: 8px; white-space: nowrap; }
    .ab-bar a:hover, .ab-bar button:hover, .ab-bar a[aria-current="page"] { background: #303030; color: #fff; }
    .ab-app { font-weight: 650; color: #fff; }
    .ab-nav { display: flex; gap: 2px; overflow-x: auto; flex: 1; min-width: 0; }
    .ab-title { font-weight: 650; color: #fff; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 30%; }
    @media (max-width: 600px) { .ab-title { display: none; } .ab-bar { gap: 8px; padding: 0 8px; } }
    .ab-save { position: fixed; inset: 0 0 auto 0; z-index: 1000; justify-content: space-between; }
    .ab-save .ab-primary { background: #fff; color: #1a1a1a; font-weight: 650; }
    .ab-save .ab-primary:hover { background: #e3e3e3; color: #1a1a1a; }
    .ab-save button[disabled] { opacity: 0.5; cursor: default; }
    .ab-toasts { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); z-index: 1001;
      display: flex; flex-direction: column; gap: 8px; align-items: center; pointer-events: none; }
    .ab-toast { pointer-events: auto; background: #1a1a1a; color: #fff; padding: 10px 16px;
      border-radius: 10px; font: 13px/1.4 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif;
      box-shadow: 0 4px 12px rgba(0,0,0,.3); display: flex; gap: 12px; align-items: center; }
    .ab-toast[data-error] { background: #8e1f0b; }
    .ab-toast button { background: none; border: 0; color: inherit; cursor: pointer; font: inherit; text-decoration: underline; }
  `;
  document.head.append(style);

  const el = (tag, attrs = {}, text) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const whenBody = (fn) =>
    document.body ? fn() : document.addEventListener('DOMContentLoaded', fn, {once: true});

  // The admin bar (embedded only): app name, nav links, page title. Fixed height from the start,
  // so nothing below it moves when the panel fills it in.
  const bar = el('header', {class: 'ab-bar', 'data-app-bridge': 'admin-bar'});
  const appLink = el('a', {class: 'ab-app', href: '#'}, 'Human Touch');
  const nav = el('nav', {class: 'ab-nav', 'aria-label': 'App navigation'});
  const title = el('span', {class: 'ab-title', 'data-app-bridge': 'title'});
  bar.append(appLink, nav, title);
  if (embedded) whenBody(() => document.body.prepend(bar));

  const toasts = el('div', {class: 'ab-toasts', role: 'status', 'aria-live': 'polite'});
  whenBody(() => document.body.append(toasts));

  /** A click on the admin's copy of a link or button is a click on the app's own element. */
  const proxyClick = (target) => (event) => {
    event.preventDefault();
    target.click();
  };

  let navMenu = null;
  const sameRoute = (href) => {
    const url = new URL(href, location.href);
    if (url.pathname !== location.pathname) return false;
    const here = new URLSearchParams(location.search);
    const keys = [...url.searchParams.keys()];
    if (keys.length === 0) return !here.has('page') && !here.has('touch');
    return keys.every((k) => here.get(k) === url.searchParams.get(k));
  };
  function renderNav() {
    nav.replaceChildren();
    if (!navMenu) return;
    for (const a of navMenu.querySelectorAll('a')) {
      if (a.getAttribute('rel') === 'home') {
        appLink.onclick = proxyClick(a);
        continue;
      }
      const copy = el('a', {href: a.getAttribute('href') || '#'}, a.textContent);
      if (sameRoute(a.getAttribute('href') || '')) copy.setAttribute('aria-current', 'page');
      copy.onclick = proxyClick(a);
      nav.append(copy);
    }
  }
  addEventListener('popstate', renderNav);
  for (const method of ['pushState', 'replaceState']) {
    const original = history[method];
    history[method] = function (...args) {
      const result = original.apply(this, args);
      renderNav();
      return result;
    };
  }

  const titleBars = new Set();
  function renderTitle() {
    const last = [...titleBars].pop();
    title.textContent = last ? last.getAttribute('title') || '' : '';
    if (last) record('titleBar', [title.textContent]);
  }

  const watch = (node, render) => {
    const observer = new MutationObserver(render);
    observer.observe(node, {childList: true, subtree: true, attributes: true, characterData: true});
    return observer;
  };

  class NavMenu extends HTMLElement {
    connectedCallback() {
      navMenu = this;
      this._observer = watch(this, renderNav);
      renderNav();
      record('navMenu', [[...this.querySelectorAll('a')].map((a) => a.textContent)]);
    }
    disconnectedCallback() {
      this._observer?.disconnect();
      if (navMenu === this) navMenu = null;
      renderNav();
    }
  }
  class TitleBar extends HTMLElement {
    static get observedAttributes() {
      return ['title'];
    }
    connectedCallback() {
      titleBars.add(this);
      renderTitle();
    }
    attributeChangedCallback() {
      if (titleBars.has(this)) renderTitle();
    }
    disconnectedCallback() {
      titleBars.delete(this);
      renderTitle();
    }
  }

  // The save bar: drawn over the admin bar while shown, its buttons clicking the app's.
  const saveBars = new Map();
  let shownSaveBar = null;
  const saveBarView = el('div', {
    class: 'ab-bar ab-save',
    'data-app-bridge': 'save-bar',
    role: 'region',
    'aria-label': 'Unsaved changes',
  });
  function renderSaveBar() {
    saveBarView.replaceChildren();
    const bar = shownSaveBar && saveBars.get(shownSaveBar);
    if (!bar) {
      saveBarView.remove();
      return;
    }
    const buttons = el('div', {style: 'display:flex;gap:8px'});
    const primary = bar.querySelector('button[variant="primary"]');
    const discard = [...bar.querySelectorAll('button')].find((b) => b !== primary);
    for (const [source, label, cls] of [
      [discard, 'Discard', ''],
      [primary, 'Save', 'ab-primary'],
    ]) {
      if (!source) continue;
      const copy = el('button', {type: 'button', class: cls}, source.textContent || label);
      if (source.disabled || source.hasAttribute('loading')) copy.disabled = true;
      if (source.hasAttribute('loading')) copy.setAttribute('aria-busy', 'true');
      copy.onclick = proxyClick(source);
      buttons.append(copy);
    }
    saveBarView.append(el('strong', {}, 'Unsaved changes'), buttons);
    if (!saveBarView.isConnected) document.body.append(saveBarView);
  }
  class SaveBar extends HTMLElement {
    connectedCallback() {
      if (this.id) saveBars.set(this.id, this);
      this._observer = watch(this, () => shownSaveBar === this.id && renderSaveBar());
    }
    disconnectedCallback() {
      this._observer?.disconnect();
      saveBars.delete(this.id);
      if (shownSaveBar === this.id) shownSaveBar = null;
      renderSaveBar();
    }
    get showing() {
      return shownSaveBar === this.id;
    }
    show() {
      return window.shopify.saveBar.show(this.id);
    }
    hide() {
      return window.shopify.saveBar.hide(this.id);
    }
    toggle() {
      return window.shopify.saveBar.toggle(this.id);
    }
  }
  customElements.define('ui-nav-menu', NavMenu);
  customElements.define('ui-title-bar', TitleBar);
  customElements.define('ui-save-bar', SaveBar);

  let toastId = 0;
  const toastTimers = new Map();
  function hideToast(id) {
    toasts.querySelector(`[data-toast-id="${id}"]`)?.remove();
    clearTimeout(toastTimers.get(id));
    toastTimers.delete(id);
  }

  window.shopify = {
    config: {apiKey: document.querySelector('meta[name="shopify-api-key"]')?.content ?? '', shop},
    environment: {embedded, mobile: false, pos: false},
    /** A fresh session token from the local Shopify, signed as App Bridge's are. */
    async idToken() {
      const res = await fetch(`${origin}/session-token?shop=${encodeURIComponent(shop)}`);
      if (!res.ok) throw new Error('The local Shopify did not issue a session token');
      return (await res.json()).token;
    },
    toast: {
      show(message, opts = {}) {
        record('toast.show', [message, opts]);
        const id = `toast-${++toastId}`;
        const node = el('div', {class: 'ab-toast', 'data-toast-id': id}, message);
        if (opts.isError) node.setAttribute('data-error', '');
        if (opts.action && typeof opts.onAction === 'function') {
          const action = el('button', {type: 'button'}, opts.action);
          action.onclick = () => (hideToast(id), opts.onAction());
          node.append(action);
        }
        whenBody(() => toasts.append(node));
        toastTimers.set(
          id,
          setTimeout(() => (hideToast(id), opts.onDismiss?.()), opts.duration ?? 5000),
        );
        return id;
      },
      hide(id) {
        record('toast.hide', [id]);
        hideToast(id);
      },
    },
    saveBar: {
      async show(id) {
        record('saveBar.show', [id]);
        shownSaveBar = id;
        whenBody(renderSaveBar);
      },
      async hide(id) {
        record('saveBar.hide', [id]);
        if (shownSaveBar === id) shownSaveBar = null;
        whenBody(renderSaveBar);
      },
      async toggle(id) {
        return shownSaveBar === id ? this.hide(id) : this.show(id);
      },
      async leaveConfirmation() {
        record('saveBar.leaveConfirmation', []);
      },
    },
    __calls: calls,
  };

  // Admin links: the admin opens shopify://admin/... itself; here the local Shopify's copy of
  // the admin page (an order or a customer as the stand-in holds it) opens in a new tab.
  document.addEventListener(
    'click',
    (event) => {
      const a =
        event.target instanceof Element ? event.target.closest('a[href^="shopify:"]') : null;
      if (!a) return;
      event.preventDefault();
      const href = a.getAttribute('href');
      record('adminLink', [href]);
      const path = href.replace(/^shopify:\/\/admin/, '');
      window.open(`${origin}/store/${shop}/admin${path}`, '_blank', 'noopener');
    },
    true,
  );
})();
