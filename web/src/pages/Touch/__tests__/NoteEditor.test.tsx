import {act, fireEvent, render, screen} from '@testing-library/react';
import {AppProvider} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import {useState} from 'react';
import {NoteEditor} from '../NoteEditor';
import {HandwritingPreview} from '../HandwritingPreview';

const PROMPT = 'Thank you so much for your order! We packed it with care and hope you love it.';

function Harness({earlier = [] as string[]}) {
  const [note, setNote] = useState('');
  return (
    <AppProvider i18n={en}>
      <NoteEditor value={note} onChange={setNote} prompts={[PROMPT]} earlierNotes={earlier} />
      <HandwritingPreview
        note={note}
        writer={{
          id: 'a',
          name: 'Jo',
          active: true,
          signature: {type: 'typed', text: 'Jo from the bench'},
        }}
      />
    </AppProvider>
  );
}

const editor = () => screen.getByLabelText('Your note') as HTMLTextAreaElement;
const type = (text: string) => act(() => void fireEvent.change(editor(), {target: {value: text}}));

describe('the note editor', () => {
  it('when a starter prompt is used as it is, then the be-human check warns that it reads like a copy', () => {
    render(<Harness />);
    act(() => void fireEvent.click(screen.getByRole('button', {name: PROMPT})));
    expect(editor().value).toBe(PROMPT);
    expect(screen.getByText('This reads like a copy')).toBeTruthy();
    expect(screen.getByText(/the same as a starter prompt/)).toBeTruthy();
  });

  it('when the writer says something of their own, then there is no warning and the preview shows it signed', () => {
    render(<Harness />);
    const own =
      'Ada, Jo wrapped your mug straight out of the kiln this morning. Enjoy your first cup!';
    type(own);
    expect(screen.queryByText('This reads like a copy')).toBeNull();
    const preview = screen.getByLabelText('Handwritten preview');
    expect(preview.textContent).toContain(own);
    expect(preview.textContent).toContain('Jo from the bench');
  });

  it('when the note nearly copies an earlier note of the shop, then it warns about the earlier note', () => {
    const earlier =
      'Dear Sam, the whole team says thank you for coming back to us again this winter.';
    render(<Harness earlier={[earlier]} />);
    type('Dear Sam, the whole team says thank you for coming back to us again this spring.');
    expect(screen.getByText(/the same as an earlier note/)).toBeTruthy();
  });

  it('when the note reaches the length limit, then the counter says so', () => {
    render(<Harness />);
    type('x'.repeat(600));
    expect(screen.getByText(/600\/600/)).toBeTruthy();
  });
});
