import {BlockStack, Button, InlineStack, Text} from '@shopify/polaris';

export interface StarterPromptsProps {
  /** Starter prompts for this kind of touch. */
  prompts: string[];
  /** Called with the prompt chosen; it is a start, never the message. */
  onPick: (prompt: string) => void;
}

/** "Need a start?": prompts that help a person begin. */
export function StarterPrompts({prompts, onPick}: StarterPromptsProps) {
  if (!prompts.length) return null;
  return (
    <BlockStack gap="200">
      <Text as="h3" variant="headingSm">
        Need a start?
      </Text>
      <InlineStack gap="200">
        {prompts.map((p) => (
          <Button key={p} variant="plain" onClick={() => onPick(p)}>
            {p}
          </Button>
        ))}
      </InlineStack>
    </BlockStack>
  );
}
