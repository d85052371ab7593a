import { useState } from 'react';
import { BlockStack, Box, Tabs } from '@shopify/polaris';

export interface EmailBodyProps {
  /** A whole HTML document, images inlined as data: URLs. */
  html: string;
  /** The plain-text part. */
  text: string;
  /** Names the HTML frame for screen readers, e.g. "Email preview". */
  title: string;
}

const TABS = [
  { id: 'html', content: 'HTML' },
  { id: 'text', content: 'Plain text' },
];

const FRAME_STYLE = { width: '100%', height: 480, border: 'var(--p-border-width-025) solid var(--p-color-border)', borderRadius: 'var(--p-border-radius-200)', background: '#fff' } as const;
const TEXT_STYLE = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'var(--p-font-family-mono)', margin: 0 } as const;

/**
 * An email's two parts. The HTML is shown in a fully sandboxed frame (`sandbox=""`: no scripts,
 * no forms, no navigation of the panel), so whatever a message contains stays inside it.
 */
export function EmailBody({ html, text, title }: EmailBodyProps) {
  const [tab, setTab] = useState(0);
  return (
    <BlockStack gap="200">
      <Tabs tabs={TABS} selected={tab} onSelect={setTab} />
      <Box>
        {tab === 0 ? (
          <iframe title={`${title} (HTML)`} sandbox="" srcDoc={html} style={FRAME_STYLE} />
        ) : (
          <Box padding="300" background="bg-surface-secondary" borderRadius="200">
            <pre aria-label={`${title} (plain text)`} style={TEXT_STYLE}>{text}</pre>
          </Box>
        )}
      </Box>
    </BlockStack>
  );
}
