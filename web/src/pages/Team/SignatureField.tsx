import {useState} from 'react';
import {BlockStack, ChoiceList, TextField} from '@shopify/polaris';
import {SignaturePad} from './SignaturePad';
import type {Signature} from './types';

export interface SignatureFieldProps {
  /** The signature as it will be saved (null: notes are signed with the name). */
  value: Signature | null;
  onChange: (value: Signature | null) => void;
  /** The person's name: the first word is the suggested typed signature. */
  name: string;
  /** Field errors from the server, by field (`signature`, `signature.text`, `signature.svgPath`). */
  errors: Partial<Record<string, string>>;
}

type Mode = 'none' | 'typed' | 'drawn';

/** How the person signs their notes: their name, a typed signature in handwriting, or a drawn one. */
export function SignatureField({value, onChange, name, errors}: SignatureFieldProps) {
  const mode: Mode = value?.type ?? 'none';
  // Both drafts are kept, so switching back and forth loses nothing.
  const [text, setText] = useState(value?.type === 'typed' ? value.text : '');
  const [svgPath, setSvgPath] = useState(value?.type === 'drawn' ? value.svgPath : '');

  const choose = ([next]: string[]) => {
    if (next === 'typed') {
      const suggested = text || name.trim().split(/\s+/)[0] || '';
      setText(suggested);
      onChange({type: 'typed', text: suggested});
    } else if (next === 'drawn') onChange({type: 'drawn', svgPath});
    else onChange(null);
  };

  return (
    <BlockStack gap="300">
      <ChoiceList
        title="Signature"
        choices={[
          {label: 'Sign with the name', value: 'none', helpText: 'Notes end with the name above.'},
          {label: 'Typed', value: 'typed', helpText: 'Written in the handwriting font.'},
          {
            label: 'Drawn',
            value: 'drawn',
            helpText: 'Signed on a pad with a mouse, finger or pen.',
          },
        ]}
        selected={[mode]}
        onChange={choose}
        error={errors.signature}
      />
      {mode === 'typed' ? (
        <BlockStack gap="200">
          <TextField
            label="Typed signature"
            autoComplete="off"
            maxLength={60}
            showCharacterCount
            value={text}
            onChange={(v) => (setText(v), onChange({type: 'typed', text: v}))}
            error={errors['signature.text']}
          />
          <div
            aria-hidden="true"
            style={{
              fontFamily: '"Caveat", cursive',
              fontSize: 34,
              lineHeight: 1.2,
              color: '#1f2d5c',
              padding: '8px 16px',
              minHeight: 56,
              background: '#fffdf5',
              border: '1px solid #e8e2cc',
              borderRadius: 8,
            }}
          >
            {text || <span style={{opacity: 0.4}}>Your signature</span>}
          </div>
        </BlockStack>
      ) : null}
      {mode === 'drawn' ? (
        <SignaturePad
          value={svgPath}
          onChange={(d) => (setSvgPath(d), onChange({type: 'drawn', svgPath: d}))}
          error={errors['signature.svgPath']}
        />
      ) : null}
    </BlockStack>
  );
}
