import {useEffect, useState} from 'react';
import {teamApi} from './api';

// One object URL per photo version, shared by every avatar showing it; an old version's URL is
// released when a newer one of the same person loads (photo URLs are `/api/staff/<id>/photo?v=…`).
const loaded = new Map<string, Promise<string>>();
const latestByPerson = new Map<string, string>();

function load(url: string): Promise<string> {
  let pending = loaded.get(url);
  if (!pending) {
    pending = teamApi.photo(url).then((blob) => URL.createObjectURL(blob));
    pending.catch(() => loaded.delete(url));
    loaded.set(url, pending);
    const person = url.split('?')[0]!;
    const previous = latestByPerson.get(person);
    latestByPerson.set(person, url);
    if (previous && previous !== url) {
      void loaded.get(previous)?.then(
        (objectUrl) => URL.revokeObjectURL(objectUrl),
        () => undefined,
      );
      loaded.delete(previous);
    }
  }
  return pending;
}

/** An object URL for a staff photo fetched with the session token; null while loading or without one. */
export function usePhoto(photoUrl: string | null): string | null {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    setSrc(null);
    if (!photoUrl) return;
    let live = true;
    load(photoUrl).then(
      (objectUrl) => live && setSrc(objectUrl),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [photoUrl]);
  return src;
}
