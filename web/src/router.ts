import {useEffect, useState} from 'react';

/** The panel's pages, in the URL so reload and back work: `?page=settings`, `?touch=<id>`. */
export function usePage(): string {
  return useParam('page') ?? 'today';
}

export function openPage(page: string): void {
  const params = new URLSearchParams(window.location.search);
  params.delete('touch');
  if (page === 'today') params.delete('page');
  else params.set('page', page);
  window.history.pushState(null, '', `${window.location.pathname}?${params}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** `?touch=<id>` opens a touch, keeping `?shop=` and the rest. */
export function useTouchRoute(): string | null {
  return useParam('touch');
}

function readParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

function useParam(name: string): string | null {
  const [touch, setTouch] = useState(() => readParam(name));
  useEffect(() => {
    const onChange = () => setTouch(readParam(name));
    window.addEventListener('popstate', onChange);
    return () => window.removeEventListener('popstate', onChange);
  }, [name]);
  return touch;
}

export function openTouch(id: string | null): void {
  const params = new URLSearchParams(window.location.search);
  if (id) params.set('touch', id);
  else params.delete('touch');
  window.history.pushState(null, '', `${window.location.pathname}?${params}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
