import type {Express} from 'express';

export interface RouteInfo {
  method: string;
  path: string;
}

type Layer = {
  route?: {path: string; methods: Record<string, boolean>};
  handle?: {stack?: Layer[]};
  slash?: boolean;
  name?: string;
};

/**
 * Every route the app serves, read from Express's own router (not a hand list), so a route added
 * tomorrow is checked tomorrow. The app mounts its routers at the root; a router mounted under a
 * prefix would hide that prefix here, so it is refused rather than mis-read.
 */
export function routesOf(app: Express): RouteInfo[] {
  const out: RouteInfo[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const [method, on] of Object.entries(layer.route.methods))
          if (on && method !== '_all')
            out.push({method: method.toUpperCase(), path: layer.route.path});
      } else if (layer.handle?.stack) {
        if (!layer.slash)
          throw new Error(
            `routesOf: a router mounted under a prefix (${layer.name}) is not supported`,
          );
        walk(layer.handle.stack);
      }
    }
  };
  walk((app as unknown as {router: {stack: Layer[]}}).router.stack);
  return out;
}
