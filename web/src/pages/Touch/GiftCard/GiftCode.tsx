import {useState} from 'react';
import {Banner, BlockStack, Box, Button, InlineStack, Text} from '@shopify/polaris';
import {groupCode} from './format';

export interface GiftCodeProps {
  /** The full code, from the issue response: the only time the panel ever has it. */
  code: string;
  onHide: () => void;
}

const CODE_STYLE = {
  fontFamily: 'var(--p-font-family-mono)',
  fontSize: 'var(--p-font-size-600)',
  lineHeight: 1.4,
  letterSpacing: '0.08em',
  margin: 0,
  userSelect: 'all',
} as const;

/** The once-shown code: big, grouped in fours, copyable. */
export function GiftCode({code, onHide}: GiftCodeProps) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <Banner tone="success" title="Gift card issued">
      <BlockStack gap="200">
        <Box padding="200" background="bg-surface" borderRadius="200">
          <div role="group" aria-label="Gift card code">
            <p style={CODE_STYLE}>{groupCode(code)}</p>
          </div>
        </Box>
        <Text as="p">
          Shown once — it will be in the email / on the card. After you leave this page only its
          last characters are shown.
        </Text>
        <InlineStack gap="200" blockAlign="center">
          <Button onClick={copy}>Copy code</Button>
          <Button variant="plain" onClick={onHide}>
            Hide the code
          </Button>
          <span role="status">
            {copied === 'yes' ? (
              <Text as="span" tone="success">
                Copied
              </Text>
            ) : copied === 'failed' ? (
              <Text as="span" tone="critical">
                Could not copy; select the code and copy it
              </Text>
            ) : null}
          </span>
        </InlineStack>
      </BlockStack>
    </Banner>
  );
}
