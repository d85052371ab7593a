import { useEffect, useState } from 'react';

/** The panel's one piece of navigation: `?touch=<id>` opens a touch, keeping `?shop=` and the rest. */
export function useTouchRoute(): string | null {
  const read = () => new URLSearchParams(window.location.search).get('touch');
  const [touch, setTouch] = useState(read);
  useEffect(() => {
    const onChange = () => setTouch(read());
    window.addEventListener('popstate', onChange);
    return () => window.removeEventListener('popstate', onChange);
  }, []);
  return touch;
}

export function openTouch(id: string | null): void {
  const params = new URLSearchParams(window.location.search);
  if (id) params.set('touch', id);
  else params.delete('touch');
  window.history.pushState(null, '', `${window.location.pathname}?${params}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
