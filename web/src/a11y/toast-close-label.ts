/**
 * Polaris 13's Toast renders its close button with an icon and no accessible name (axe: critical
 * "button-name"), so screen readers announce only "button". Until Polaris labels it, this names
 * every such button as it appears. Inside Shopify admin, App Bridge's own toast is used instead.
 */
export function labelToastCloseButtons(root: HTMLElement = document.body): () => void {
  const label = () => {
    for (const button of root.querySelectorAll<HTMLButtonElement>(
      '[class*="Polaris-Frame-Toast__CloseButton"]:not([aria-label])',
    )) {
      button.setAttribute('aria-label', 'Dismiss notification');
    }
  };
  const observer = new MutationObserver(label);
  observer.observe(root, {childList: true, subtree: true});
  label();
  return () => observer.disconnect();
}
