import {chooseAssignee, turnOf} from '../assign';

const team = ['c', 'a', 'b'];
const rr = {assignment: 'round_robin' as const, assigneeByKind: {}};

describe('who gets a new touch', () => {
  it('when the shop assigns round-robin, then consecutive orders go to each active person in turn', () => {
    expect([9, 10, 11, 12].map((n) => chooseAssignee(rr, team, 'team_photo', n))).toEqual([
      'a',
      'b',
      'c',
      'a',
    ]);
  });

  it('when one order gets several touches, then one person does them all (one box, one packer)', () => {
    const kinds = ['team_photo', 'handwritten_card', 'personal_email', 'free_gift'] as const;
    expect(new Set(kinds.map((k) => chooseAssignee(rr, team, k, 100))).size).toBe(1);
  });

  it('when a kind has a fixed person, then it goes to them, unless they are no longer active', () => {
    const fixed = {assignment: 'fixed_per_kind' as const, assigneeByKind: {personal_email: 'c'}};
    expect(chooseAssignee(fixed, team, 'personal_email', 1)).toBe('c');
    expect(chooseAssignee(fixed, ['a', 'b'], 'personal_email', 1)).toBe('b');
    expect(chooseAssignee(fixed, team, 'team_photo', 1)).toBe('b');
  });

  it('when assignment is off or nobody is on the team, then the touch stays unassigned', () => {
    expect(
      chooseAssignee({assignment: 'none', assigneeByKind: {}}, team, 'team_photo', 1),
    ).toBeNull();
    expect(chooseAssignee(rr, [], 'team_photo', 1)).toBeNull();
  });

  it('when an order has no place in the count, then its turn is still stable', () => {
    expect(turnOf(null, 'gid://shopify/Order/1')).toBe(turnOf(null, 'gid://shopify/Order/1'));
    expect(turnOf(7, 'gid://shopify/Order/1')).toBe(7);
  });
});
