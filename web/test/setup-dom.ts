// jsdom lacks what Polaris asks the browser for; these behave like a desktop browser.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
window.scrollTo = () => undefined;
window.scroll = () => undefined; // Polaris' scroll lock, when a Modal closes
class NoopObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(window, {ResizeObserver: NoopObserver, IntersectionObserver: NoopObserver});
