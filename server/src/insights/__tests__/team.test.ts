import {bucketByWeek, lastMondays} from '../team';

describe('touches done per person per week', () => {
  const now = new Date('2026-11-22T10:00:00Z'); // a Sunday

  it('when 3 weeks are asked on a Sunday, then the Mondays of this week and the two before, oldest first', () => {
    expect(lastMondays(now, 'UTC', 3)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
  });

  it('when a touch is done late on Sunday in New York, then it counts in that week there, not the next (UTC) one', () => {
    const weeks = lastMondays(now, 'America/New_York', 2);
    const late = {assignee: 's1', doneAt: new Date('2026-11-16T03:30:00Z')}; // Sun 15 Nov 22:30 in New York
    const {people} = bucketByWeek([late], new Map([['s1', 'Jo']]), weeks, 'America/New_York');
    expect(weeks).toEqual(['2026-11-09', '2026-11-16']);
    expect(people[0]!.counts).toEqual([1, 0]);
  });

  it('when counted, then per assignee, unassigned apart, idle staff with zeros, deleted staff by id, busiest first', () => {
    const weeks = lastMondays(now, 'UTC', 2);
    const done = (assignee: string | null, iso: string) => ({assignee, doneAt: new Date(iso)});
    const {people, unassigned} = bucketByWeek(
      [
        done('s1', '2026-11-10T09:00:00Z'),
        done('s2', '2026-11-17T09:00:00Z'),
        done('s2', '2026-11-18T09:00:00Z'),
        done(null, '2026-11-18T09:00:00Z'),
        done('gone', '2026-11-19T09:00:00Z'),
        done('s1', '2026-10-01T09:00:00Z'),
        {assignee: 's1', doneAt: null},
      ],
      new Map([
        ['s1', 'Jo'],
        ['s2', 'Sam'],
        ['s3', 'Alex'],
      ]),
      weeks,
      'UTC',
    );
    expect(people).toEqual([
      {staffId: 's2', name: 'Sam', counts: [0, 2]},
      {staffId: 'gone', name: 'Former staff', counts: [0, 1]},
      {staffId: 's1', name: 'Jo', counts: [1, 0]},
      {staffId: 's3', name: 'Alex', counts: [0, 0]},
    ]);
    expect(unassigned).toEqual([0, 1]);
  });
});
