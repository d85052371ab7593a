import {act, fireEvent, render, screen} from '@testing-library/react';
import {AppProvider, Frame} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import {useState} from 'react';
import {AdminLink, SaveBar, useToast, type AppBridge} from '..';

const wrap = (ui: React.ReactElement) =>
  render(
    <AppProvider i18n={en}>
      <Frame>{ui}</Frame>
    </AppProvider>,
  );

/** What the page sees of App Bridge: the calls it makes, recorded. */
function recordingBridge() {
  const calls: [string, ...unknown[]][] = [];
  const bridge: AppBridge = {
    idToken: async () => 'token',
    environment: {embedded: true, mobile: false, pos: false},
    toast: {show: (message, opts) => (calls.push(['toast.show', message, opts]), 'toast-1')},
    saveBar: {
      show: async (id) => void calls.push(['saveBar.show', id]),
      hide: async (id) => void calls.push(['saveBar.hide', id]),
    },
  };
  return {bridge, calls};
}

function Form() {
  const [value, setValue] = useState('a');
  const [saved, setSaved] = useState('a');
  const [toast, show] = useToast();
  return (
    <>
      <input aria-label="Value" value={value} onChange={(e) => setValue(e.target.value)} />
      <SaveBar
        id="form-bar"
        dirty={value !== saved}
        onSave={() => (setSaved(value), show('Saved it'))}
        onDiscard={() => setValue(saved)}
      />
      {toast}
    </>
  );
}

afterEach(() => delete window.shopify);

describe('App Bridge in the panel', () => {
  it('when App Bridge is loaded, then a change shows its save bar, Save hides it and toasts through shopify.toast', async () => {
    const {bridge, calls} = recordingBridge();
    window.shopify = bridge;
    const {container} = wrap(<Form />);
    expect(calls).toEqual([['saveBar.hide', 'form-bar']]);
    fireEvent.change(screen.getByLabelText('Value'), {target: {value: 'b'}});
    expect(calls.at(-1)).toEqual(['saveBar.show', 'form-bar']);
    // The admin draws the bar; the page holds the buttons it clicks.
    const bar = container.querySelector('ui-save-bar#form-bar')!;
    const save = bar.querySelector<HTMLButtonElement>('button[variant="primary"]')!;
    expect(save.textContent).toBe('Save');
    await act(async () => save.click());
    expect(calls.slice(-2)).toEqual([
      ['toast.show', 'Saved it', {duration: 5000}],
      ['saveBar.hide', 'form-bar'],
    ]);
    expect(screen.queryByText('Saved it')).toBeNull(); // no Polaris toast in the frame
  });

  it('when App Bridge is not loaded, then Polaris draws the save bar and the toast in the frame', async () => {
    wrap(<Form />);
    expect(screen.queryByText('Unsaved changes')).toBeNull();
    fireEvent.change(screen.getByLabelText('Value'), {target: {value: 'b'}});
    await screen.findByText('Unsaved changes');
    fireEvent.click(screen.getByRole('button', {name: 'Discard'}));
    expect((screen.getByLabelText('Value') as HTMLInputElement).value).toBe('a');
    fireEvent.change(screen.getByLabelText('Value'), {target: {value: 'c'}});
    fireEvent.click(await screen.findByRole('button', {name: 'Save'}));
    await screen.findByText('Saved it');
  });

  it('when an order or a customer is named, then the link opens it in Shopify admin; anything else stays text', () => {
    wrap(
      <>
        <AdminLink gid="gid://shopify/Order/1001">#1001</AdminLink>
        <AdminLink gid="gid://shopify/Customer/42">Ana Gomez</AdminLink>
        <AdminLink gid="manual-7">#7</AdminLink>
      </>,
    );
    expect(screen.getByRole('link', {name: '#1001'}).getAttribute('href')).toBe(
      'shopify://admin/orders/1001',
    );
    expect(screen.getByRole('link', {name: 'Ana Gomez'}).getAttribute('href')).toBe(
      'shopify://admin/customers/42',
    );
    expect(screen.queryByRole('link', {name: '#7'})).toBeNull();
  });
});
