import {act, fireEvent, render, screen, within} from '@testing-library/react';
import {AppProvider} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import {fakeApi, refusal} from '../../../../test/fake-api';
import {Insights} from '../Insights';
import type {ArmStats, InsightsReport, Pooled, TeamWeeks} from '../types';

const arm = (customers: number, returned: number, over: Partial<ArmStats> = {}): ArmStats => ({
  customers,
  returned,
  repeatRate: returned / customers,
  repeatRateInterval: {low: returned / customers - 0.05, high: returned / customers + 0.05},
  revenuePerCustomer: 21.5,
  revenueInterval: {low: 18, high: 25},
  revenueMedian: 0,
  medianDaysToNext: 23,
  notYetMatured: 4,
  ...over,
});

const pooled = (sentence: string, check: Partial<Pooled['check']> = {}): Pooled => ({
  arms: {picked: arm(100, 50), held_out: arm(40, 8), not_picked: arm(900, 180)},
  carriedOut: {picked: 104, done: 78, share: 0.75},
  repeatLift: {diff: 0.3, low: 0.2, high: 0.4},
  revenueLift: null,
  verdict: {status: 'positive', sentence},
  detectable: {
    baselineRate: 0.2,
    minDetectableLift: 0.35,
    minDetectablePoints: 0.07,
    perMonth: 20,
    visibleBy: [],
    sentence:
      'With about 20 picked customers a month, a lift under 35% can’t be told from noise yet.',
  },
  check: {
    status: 'agree',
    sentence: 'The holdout agrees: held out 20% vs not picked 20%.',
    heldOutVsNotPicked: null,
    ...check,
  },
});

const report = (
  window: 30 | 60 | 90 | 180,
  sentence = 'Touched customers came back more often: 50% vs 20% within 60 days.',
): InsightsReport => ({
  window,
  asOf: '2026-11-22T10:00:00Z',
  currency: 'GBP',
  holdoutPercent: 10,
  attribution: `Later orders within ${window} days.`,
  pooled: pooled(sentence),
  groups: [
    {
      kind: 'overall',
      arms: {touched: arm(100, 50), held_out: arm(40, 8), untouched: arm(900, 180)},
      repeatLift: {diff: 0.3, low: 0.14, high: 0.43},
      revenueLift: {diff: 6.2, low: 1.1, high: 11.3},
      verdict: {status: 'positive', sentence},
    },
    {
      kind: 'team_photo',
      arms: {touched: arm(60, 30), held_out: arm(20, 4), untouched: null},
      repeatLift: {diff: 0.3, low: 0.07, high: 0.47},
      revenueLift: null,
      verdict: {status: 'positive', sentence: 'Team photo works.'},
    },
  ],
});
const TEAM: TeamWeeks = {
  timezone: 'Europe/London',
  weeks: ['2026-11-09', '2026-11-16'],
  people: [
    {staffId: 's1', name: 'Jo Baker', counts: [4, 7], carriedOut: 11, returned: 2, touches: []},
  ],
  unassigned: [0, 2],
  followUp: {days: 180, since: '2026-05-01T00:00:00.000Z', caveat: 'One return is not proof.'},
};

const page = () =>
  render(
    <AppProvider i18n={en}>
      <Insights />
    </AppProvider>,
  );
const click = (element: HTMLElement) => act(async () => void fireEvent.click(element));

describe('the Insights page', () => {
  it('when touched customers come back more, then the verdict leads and the numbers, intervals and sample sizes show', async () => {
    fakeApi({
      'GET /api/insights?window=60': {body: report(60)},
      'GET /api/insights/team?weeks=8': {body: TEAM},
    });
    page();
    await screen.findByText('The touches are working');
    screen.getByText('Touched customers came back more often: 50% vs 20% within 60 days.');
    const touched = screen.getByRole('row', {name: /^Touched/});
    expect(touched.textContent).toContain('100');
    expect(touched.textContent).toContain('50% (45%–55%)');
    expect(touched.textContent).toContain('£21.50 (£18.00 to £25.00)');
    expect(screen.getByRole('row', {name: /^Held out/}).textContent).toContain('20% (15%–25%)');
    screen.getByRole('row', {name: /^Not picked \(baseline\)/});
    screen.getByText(/\+30 points \(\+14 to \+43\) in coming back/);
    screen.getByText(/Later orders within 60 days\. Holdout: 10% of fired touches/);
    expect(screen.getByRole('row', {name: /^Team photo/}).textContent).toContain('50% of 60');
    screen.getByText('Team photo works.');
    screen.getByText(/^Exploratory: each kind has few customers/);
  });

  it('when the pooled comparison is in, then it leads with its detectable lift, the share carried out and the holdout check', async () => {
    const body = report(60, 'Customers picked for a touch came back more often: 50% vs 20%.');
    body.segments = {
      firstTime: {picked: null, notPicked: null, repeatLift: {diff: 0.02, low: -0.1, high: 0.14}},
      returning: {picked: null, notPicked: null, repeatLift: {diff: 0.3, low: 0.12, high: 0.45}},
    };
    body.touchArms = {
      exploratory: true,
      arms: {
        pen: arm(30, 15),
        print: arm(30, 3),
        email_with_gift_card: null,
        email_without_gift_card: arm(20, 10),
      },
      contrasts: {penVsPrint: {diff: 0.4, low: 0.2, high: 0.55}, giftCardVsWithout: null},
    };
    body.pooled = pooled(body.pooled!.verdict.sentence, {
      status: 'disagree',
      sentence: 'The two comparisons disagree: held out 40% vs not picked 20%.',
    });
    fakeApi({
      'GET /api/insights?window=60': {body},
      'GET /api/insights/team?weeks=8': {body: TEAM},
    });
    page();
    const banner = (await screen.findByText('The touches are working')).closest('.Polaris-Banner')!;
    expect(banner.textContent).toMatch(
      /^The touches are working.*Customers picked for a touch came back more often: 50% vs 20%\./,
    );
    expect(banner.textContent).toContain('a lift under 35% can’t be told from noise yet');
    expect(banner.textContent).toContain('104 customers picked for a touch; 78 carried out');
    expect(banner.textContent).toContain('75% done');
    expect(banner.textContent).toContain(
      'first-time customers: +2 points (−10 to +14); returning customers: +30 points (+12 to +45)',
    );
    expect(banner.textContent).toContain('The two comparisons disagree');
    screen.getByText(/^Holdout comparison: /);
    expect(screen.getByRole('row', {name: /^Written by hand/}).textContent).toContain('50%');
    expect(screen.getByRole('row', {name: /^Printed/}).textContent).toContain('10%');
    screen.getByText(/By hand minus printed: \+40 points \(\+20 to \+55\)/);
    screen.getByText(/^Median revenue per customer .*: Touched £0\.00, Held out £0\.00/);
  });

  it('when 180 days is picked, then that window is fetched', async () => {
    const api = fakeApi({
      'GET /api/insights?window=60': {body: report(60)},
      'GET /api/insights?window=180': {body: report(180, 'Half a year says so.')},
      'GET /api/insights/team?weeks=8': {body: TEAM},
    });
    page();
    await screen.findByText('The touches are working');
    await click(screen.getByRole('button', {name: '180 days after the touch'}));
    await screen.findByText('Half a year says so.');
    expect(api.to('GET /api/insights?window=180')).toHaveLength(1);
  });

  it('when another window is picked, then the report for it is fetched and shown', async () => {
    const api = fakeApi({
      'GET /api/insights?window=60': {body: report(60)},
      'GET /api/insights?window=90': {body: report(90, 'Ninety days say so too.')},
      'GET /api/insights/team?weeks=8': {body: TEAM},
    });
    page();
    await screen.findByText('The touches are working');
    await click(screen.getByRole('button', {name: '90 days after the touch'}));
    await screen.findByText('Ninety days say so too.');
    expect(api.to('GET /api/insights?window=90')).toHaveLength(1);
  });

  it('when nobody is held out, then it says so and offers the setting', async () => {
    const none = report(
      60,
      'No held-out customers yet: set a holdout share in Settings to see what the touches do.',
    );
    delete none.pooled;
    none.groups = [
      {
        ...none.groups[0]!,
        arms: {touched: arm(100, 50), held_out: null, untouched: arm(10, 1)},
        repeatLift: null,
        revenueLift: null,
        verdict: {status: 'no_holdout', sentence: none.groups[0]!.verdict.sentence},
      },
    ];
    fakeApi({
      'GET /api/insights?window=60': {body: none},
      'GET /api/insights/team?weeks=8': {body: TEAM},
    });
    page();
    await screen.findByText('Nothing to compare with');
    screen.getByRole('button', {name: 'Open Settings'});
  });

  it('when the shop has no touches yet, then an empty state instead of tables', async () => {
    const empty = report(60);
    delete empty.pooled;
    empty.groups = [
      {
        kind: 'overall',
        arms: {touched: null, held_out: null, untouched: null},
        repeatLift: null,
        revenueLift: null,
        verdict: {status: 'no_holdout', sentence: 'x'},
      },
    ];
    fakeApi({
      'GET /api/insights?window=60': {body: empty},
      'GET /api/insights/team?weeks=8': {body: {...TEAM, people: [], unassigned: [0, 0]}},
    });
    page();
    await screen.findByText('No touches yet');
    expect(screen.queryByText('Did they come back within 60 days?')).toBeNull();
    await screen.findByText(/No team members yet/);
  });

  it('when the team has worked, then touches done per person per week are in a table', async () => {
    fakeApi({
      'GET /api/insights?window=60': {body: report(60)},
      'GET /api/insights/team?weeks=8': {body: TEAM},
    });
    page();
    const jo = await screen.findByRole('row', {name: /^Jo Baker/});
    expect(
      within(jo)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4', '7']);
    expect(screen.getByRole('row', {name: /^Nobody assigned/}).textContent).toContain('2');
    screen.getByText(/Weeks start on Monday in Europe\/London/);
  });

  it('when the CSV is exported, then rows are counted against X-Total-Rows and the file is saved under the server name', async () => {
    fakeApi({
      'GET /api/insights?window=60': {body: report(60)},
      'GET /api/insights/team?weeks=8': {body: TEAM},
      'GET /api/exports/touches.csv': {
        headers: {
          'X-Total-Rows': '3',
          'Content-Disposition': 'attachment; filename="human-touch-touches-demo-2026-11-22.csv"',
        },
        chunks: ['touch_id,kind\na,team_photo\n', 'b,free_gift\nc,team_photo\n'],
      },
    });
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: (b: Blob) => (created.push(b), 'blob:csv'),
      revokeObjectURL: () => undefined,
    });
    const clicked: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    page();
    await screen.findByText('The touches are working');
    await click(screen.getByRole('button', {name: 'Export CSV'}));
    await screen.findByText('Saved human-touch-touches-demo-2026-11-22.csv (3 rows).');
    expect(clicked).toEqual(['human-touch-touches-demo-2026-11-22.csv']);
    expect(created[0]!.size).toBe(
      'touch_id,kind\na,team_photo\nb,free_gift\nc,team_photo\n'.length,
    );
  });

  it('when the export fails, then the reason is shown', async () => {
    fakeApi({
      'GET /api/insights?window=60': {body: report(60)},
      'GET /api/insights/team?weeks=8': {body: TEAM},
      'GET /api/exports/touches.csv': refusal('internal_error', 'boom'),
    });
    page();
    await screen.findByText('The touches are working');
    await click(screen.getByRole('button', {name: 'Export CSV'}));
    await screen.findByText('The export failed (500)');
  });
});
