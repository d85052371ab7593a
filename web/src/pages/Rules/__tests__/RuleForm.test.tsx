import {act, fireEvent, render, screen} from '@testing-library/react';
import {AppProvider} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import {useState} from 'react';
import {RuleForm} from '../RuleForm';
import {emptyDraft, inputOf} from '../rules-lib';
import type {RuleDraft} from '../types';

function Harness({
  errors = {},
  onSave = jest.fn(),
}: {
  errors?: Record<string, string>;
  onSave?: (d: RuleDraft) => void;
}) {
  const [draft, setDraft] = useState<RuleDraft>({...emptyDraft(), name: 'Card for every 25th'});
  return (
    <AppProvider i18n={en}>
      <RuleForm
        draft={draft}
        onChange={setDraft}
        errors={errors}
        title="New rule"
        saving={false}
        onSave={() => onSave(draft)}
        onCancel={() => undefined}
      />
    </AppProvider>
  );
}

describe('the rule form', () => {
  it('when the type becomes a number a day, then the number field asks how many a day and the rule sends dailyTarget', () => {
    const onSave = jest.fn();
    render(<Harness onSave={onSave} />);
    expect(screen.getByLabelText(/Every how many orders/)).toBeTruthy();
    act(() => void fireEvent.click(screen.getByLabelText('A number a day')));
    const field = screen.getByLabelText(/How many a day/);
    act(() => void fireEvent.change(field, {target: {value: '6'}}));
    act(() => void fireEvent.click(screen.getByRole('button', {name: 'Save rule'})));
    expect(inputOf(onSave.mock.calls[0][0])).toMatchObject({type: 'daily_target', dailyTarget: 6});
  });

  it('when the kind is a personal email, then the gift certificate amount can be set; for a photo it is not offered', () => {
    render(<Harness />);
    expect(screen.queryByLabelText('Gift certificate')).toBeNull();
    act(
      () =>
        void fireEvent.change(screen.getByLabelText('The touch'), {
          target: {value: 'personal_email'},
        }),
    );
    expect(screen.getByLabelText('Gift certificate')).toBeTruthy();
  });

  it('when an email with an amount becomes a photo, then the amount stays in sight until it is cleared', () => {
    render(<Harness />);
    act(
      () =>
        void fireEvent.change(screen.getByLabelText('The touch'), {
          target: {value: 'personal_email'},
        }),
    );
    act(
      () =>
        void fireEvent.change(screen.getByLabelText('Gift certificate'), {target: {value: '10'}}),
    );
    act(
      () =>
        void fireEvent.change(screen.getByLabelText('The touch'), {target: {value: 'team_photo'}}),
    );
    const amount = screen.getByLabelText('Gift certificate');
    act(() => void fireEvent.change(amount, {target: {value: ''}}));
    expect(screen.queryByLabelText('Gift certificate')).toBeNull();
  });

  it('when the server names fields, then each message shows at its field, list items included', () => {
    render(
      <Harness
        errors={{
          n: 'Too small: expected number to be >=1',
          'conditions.countries.1': 'a two-letter country code',
          'conditions.maxOrderValue': 'the minimum is above the maximum',
        }}
      />,
    );
    expect(screen.getByText('Too small: expected number to be >=1')).toBeTruthy();
    expect(screen.getByText('a two-letter country code')).toBeTruthy();
    expect(screen.getByText('the minimum is above the maximum')).toBeTruthy();
    expect(screen.queryByText('Not saved')).toBeNull();
  });

  it('when the server refuses something the form has no field for, then it says so at the top', () => {
    render(<Harness errors={{'(body)': 'Unrecognized key: "colour"'}} />);
    expect(screen.getByText('Not saved')).toBeTruthy();
  });
});
