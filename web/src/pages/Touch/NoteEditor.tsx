import { Banner, BlockStack, Button, Card, InlineStack, Text, TextField } from '@shopify/polaris';
import { useMemo } from 'react';
import { beHumanCheck } from '../../lib/similarity';

export interface NoteEditorProps {
  /** The note being written. */
  value: string;
  onChange: (value: string) => void;
  /** Starter prompts for this kind of touch. */
  prompts: string[];
  /** Notes already written: to this customer, and the shop's latest (the check compares against them too). */
  earlierNotes: string[];
}

/** Writing area: the prompts help a person start; the be-human check warns about near-copies. */
export function NoteEditor({ value, onChange, prompts, earlierNotes }: NoteEditorProps) {
  const check = useMemo(() => beHumanCheck(value, prompts, earlierNotes), [value, prompts, earlierNotes]);
  return (
    <Card>
      <BlockStack gap="300">
        <TextField
          label="Your note"
          value={value}
          onChange={onChange}
          multiline={5}
          maxLength={600}
          showCharacterCount
          autoComplete="off"
          helpText="Write it as you'd say it. It is printed in handwriting with your signature."
        />
        {check.closestTo ? (
          <Banner tone="warning" title="This reads like a copy">
            <Text as="p">
              It is {Math.round(check.score * 100)}% the same as {check.closestTo === 'prompt' ? 'a starter prompt' : 'an earlier note'}.
              Customers can tell; say something only you could say about this order.
            </Text>
          </Banner>
        ) : null}
        {prompts.length ? (
          <BlockStack gap="200">
            <Text as="h3" variant="headingSm">Need a start?</Text>
            <InlineStack gap="200">
              {prompts.map((p) => (
                <Button key={p} variant="plain" onClick={() => onChange(value ? `${value} ${p}` : p)}>{p}</Button>
              ))}
            </InlineStack>
          </BlockStack>
        ) : null}
      </BlockStack>
    </Card>
  );
}
