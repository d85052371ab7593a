import {lazy} from 'react';
import {Today} from '../pages/Today';

/** The panel's pages, in nav order. `label` is what the nav shows (App Bridge's or the tabs). */
export interface PanelPage {
  id: string;
  label: string;
}

export const PAGES: PanelPage[] = [
  {id: 'today', label: 'Today'},
  {id: 'print', label: 'Print'},
  {id: 'rules', label: 'Rules'},
  {id: 'team', label: 'Team'},
  {id: 'insights', label: 'Insights'},
  {id: 'settings', label: 'Settings'},
  {id: 'privacy', label: 'Privacy'},
];
/** Local mode only: the server answers GET /api/dev/outbox there, and 404 in production. */
export const OUTBOX_PAGE: PanelPage = {id: 'outbox', label: 'Outbox (local)'};

/**
 * Today is the landing page and ships in the first chunk; every other page (Insights with
 * polaris-viz above all) is its own chunk, fetched when it is opened. See docs/PERFORMANCE.md.
 */
export const PAGE_COMPONENTS = {
  today: Today,
  print: lazy(() => import('../pages/Print').then((m) => ({default: m.Print}))),
  rules: lazy(() => import('../pages/Rules').then((m) => ({default: m.Rules}))),
  team: lazy(() => import('../pages/Team').then((m) => ({default: m.Team}))),
  insights: lazy(() => import('../pages/Insights').then((m) => ({default: m.Insights}))),
  settings: lazy(() => import('../pages/Settings').then((m) => ({default: m.Settings}))),
  privacy: lazy(() => import('../pages/Privacy/Privacy').then((m) => ({default: m.Privacy}))),
  outbox: lazy(() => import('../pages/Outbox').then((m) => ({default: m.Outbox}))),
} as const;

export const TouchPage = lazy(() => import('../pages/Touch').then((m) => ({default: m.TouchPage})));

export type PageId = keyof typeof PAGE_COMPONENTS;

export const isPageId = (id: string): id is PageId => id in PAGE_COMPONENTS;
