import {act, fireEvent, render, screen} from '@testing-library/react';
import {AppProvider} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import {useState} from 'react';
import {PhotoField, type PhotoChoice} from '../PhotoField';
import {SignaturePad} from '../SignaturePad';
import {StaffForm} from '../StaffForm';

// jsdom has no PointerEvent; the pad reads clientX/Y, button and pointerId like a browser's.
class TestPointerEvent extends MouseEvent {
  readonly pointerId: number;
  constructor(type: string, init: PointerEventInit = {}) {
    super(type, init);
    this.pointerId = init.pointerId ?? 1;
  }
}
Object.assign(window, {PointerEvent: TestPointerEvent});

const wrap = (ui: React.ReactElement) => render(<AppProvider i18n={en}>{ui}</AppProvider>);

function PadHarness() {
  const [d, setD] = useState('');
  return (
    <>
      <SignaturePad value={d} onChange={setD} />
      <output data-testid="path">{d}</output>
    </>
  );
}

function PhotoHarness() {
  const [value, setValue] = useState<PhotoChoice>({file: null, removed: false});
  return <PhotoField name="Sam" currentUrl={null} value={value} onChange={setValue} />;
}

const pad = () => screen.getByRole('img', {name: /Signature pad|drawn signature/});

describe('the signature pad', () => {
  it('when a stroke is drawn, then it becomes a path of M, L and Q commands in the pad’s space; Clear empties it', () => {
    wrap(<PadHarness />);
    const svg = pad();
    svg.getBoundingClientRect = () => ({
      left: 0,
      top: 0,
      width: 600,
      height: 200,
      right: 600,
      bottom: 200,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    });
    act(
      () => void fireEvent.pointerDown(svg, {button: 0, pointerId: 1, clientX: 20, clientY: 100}),
    );
    for (const [x, y] of [
      [60, 80],
      [100, 120],
      [140, 90],
      [700, -50],
    ])
      act(() => void fireEvent.pointerMove(svg, {pointerId: 1, clientX: x, clientY: y}));
    act(() => void fireEvent.pointerUp(svg, {pointerId: 1}));
    const d = screen.getByTestId('path').textContent!;
    expect(d).toMatch(/^M 10 50 Q 30 40 40 50 Q 50 60 60 52\.5 Q 70 45 /);
    expect(d).toMatch(/L 300 0$/); // a point outside the pad is kept at its edge
    expect(d).toMatch(/^[MLQC0-9 .-]+$/);
    act(
      () => void fireEvent.click(screen.getByRole('button', {name: 'Clear the drawn signature'})),
    );
    expect(screen.getByTestId('path').textContent).toBe('');
  });
});

describe('the photo field', () => {
  const drop = (file: File) => {
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    act(() => void fireEvent.change(input, {target: {files: [file]}}));
  };

  it('when a file over 2 MB is chosen, then it says so and keeps nothing', () => {
    wrap(<PhotoHarness />);
    drop(new File([new Uint8Array(3 * 1024 * 1024)], 'big.png', {type: 'image/png'}));
    expect(screen.getByText('“big.png” is 3.0 MB; a photo can be up to 2 MB.')).toBeTruthy();
    expect(screen.queryByText(/will be uploaded/)).toBeNull();
  });

  it('when a file is not an image the server takes, then it names the types', () => {
    wrap(<PhotoHarness />);
    drop(new File(['<svg/>'], 'logo.svg', {type: 'image/svg+xml'}));
    expect(screen.getByText('“logo.svg” is not a PNG, JPEG or WebP image.')).toBeTruthy();
  });
});

describe('the staff form', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('when the server refuses fields, then each message shows next to its field and the form stays open', async () => {
    Object.assign(window, {shopify: {idToken: async () => 'token'}});
    const fields = {
      replyToEmail: ['an email address such as sam@example.com'],
      dailyCapacityMinutes: ['whole minutes from 0 to 960 (16 hours)'],
    };
    const answer = {
      error: {
        code: 'validation_failed',
        message: 'Request body does not have the expected shape',
        fields,
      },
    };
    global.fetch = jest.fn(async () => ({
      ok: false,
      status: 400,
      json: async () => answer,
    })) as unknown as typeof fetch;
    const onSaved = jest.fn();
    wrap(<StaffForm staff={null} onClose={() => undefined} onSaved={onSaved} />);
    act(() => void fireEvent.change(screen.getByLabelText(/^Name/), {target: {value: 'Sam'}}));
    await act(async () => void fireEvent.click(screen.getByRole('button', {name: 'Save'})));
    expect(screen.getByText('Check the highlighted fields and save again.')).toBeTruthy();
    expect(screen.getByText('an email address such as sam@example.com')).toBeTruthy();
    expect(screen.getByText('whole minutes from 0 to 960 (16 hours)')).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
    const [, init] = (global.fetch as jest.Mock).mock.calls[0];
    expect(JSON.parse(init.body)).toEqual({
      name: 'Sam',
      role: null,
      replyToEmail: null,
      dailyCapacityMinutes: 30,
      active: true,
      signature: null,
      weeklyDigest: false,
    });
  });
});
