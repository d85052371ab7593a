import {BlockStack, Card, TextField} from '@shopify/polaris';
import {useMemo} from 'react';
import {beHumanCheck} from '@human-touch/contract';
import {HumanCheckBanner} from './HumanCheckBanner';
import {StarterPrompts} from './StarterPrompts';

export interface NoteEditorProps {
  /** The note being written. */
  value: string;
  onChange: (value: string) => void;
  /** Starter prompts for this kind of touch. */
  prompts: string[];
  /** Notes already written: to this customer, and the shop's latest (the check compares against them too). */
  earlierNotes: string[];
  /** What the box is called, and what really happens to the words (printed, copied by hand…). */
  label?: string;
  helpText?: string;
  /** Read-only (a finished or held-out touch shows the note, not a box to edit). */
  disabled?: boolean;
}

/** Writing area: the prompts help a person start; the be-human check warns about near-copies. */
export function NoteEditor({
  value,
  onChange,
  prompts,
  earlierNotes,
  label = 'Your note',
  helpText = 'Write it as you’d say it.',
  disabled = false,
}: NoteEditorProps) {
  const check = useMemo(
    () => beHumanCheck(value, prompts, earlierNotes),
    [value, prompts, earlierNotes],
  );
  return (
    <Card>
      <BlockStack gap="300">
        <TextField
          label={label}
          value={value}
          disabled={disabled}
          onChange={onChange}
          multiline={5}
          maxLength={600}
          showCharacterCount
          autoComplete="off"
          helpText={helpText}
        />
        <HumanCheckBanner check={check} />
        {disabled ? null : (
          <StarterPrompts prompts={prompts} onPick={(p) => onChange(value ? `${value} ${p}` : p)} />
        )}
      </BlockStack>
    </Card>
  );
}
