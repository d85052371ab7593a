import {useId, useState} from 'react';
import {BlockStack, Box, Button, ButtonGroup, InlineStack, Text} from '@shopify/polaris';

export interface EmailBodyProps {
  /** A whole HTML document, images inlined as data: URLs. */
  html: string;
  /** The plain-text part. */
  text: string;
  /** Names the HTML frame for screen readers, e.g. "Email preview". */
  title: string;
}

type Part = 'html' | 'text';
const PARTS: [Part, string][] = [
  ['html', 'HTML'],
  ['text', 'Plain text'],
];

const FRAME_STYLE = {
  width: '100%',
  height: 480,
  border: 'var(--p-border-width-025) solid var(--p-color-border)',
  borderRadius: 'var(--p-border-radius-200)',
  background: '#fff',
} as const;
const TEXT_STYLE = {
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  fontFamily: 'var(--p-font-family-mono)',
  margin: 0,
} as const;

/**
 * An email's two parts. The HTML is shown in a fully sandboxed frame (`sandbox=""`: no scripts,
 * no forms, no navigation of the panel), so whatever a message contains stays inside it.
 */
export function EmailBody({html, text, title}: EmailBodyProps) {
  const [part, setPart] = useState<Part>('html');
  const labelId = useId();
  // A segmented switch rather than Polaris Tabs: those are page navigation and measure the page to fold tabs away.
  return (
    <BlockStack gap="200">
      <InlineStack gap="200" blockAlign="center">
        <Text as="span" id={labelId} tone="subdued">
          Show
        </Text>
        <div role="group" aria-labelledby={labelId}>
          <ButtonGroup variant="segmented">
            {PARTS.map(([id, label]) => (
              <Button key={id} pressed={part === id} onClick={() => setPart(id)}>
                {label}
              </Button>
            ))}
          </ButtonGroup>
        </div>
      </InlineStack>
      <Box>
        {part === 'html' ? (
          <iframe title={`${title} (HTML)`} sandbox="" srcDoc={html} style={FRAME_STYLE} />
        ) : (
          <Box padding="300" background="bg-surface-secondary" borderRadius="200">
            <div role="group" aria-label={`${title} (plain text)`}>
              <pre style={TEXT_STYLE}>{text}</pre>
            </div>
          </Box>
        )}
      </Box>
    </BlockStack>
  );
}
