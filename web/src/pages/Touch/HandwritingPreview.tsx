import { Card, Text } from '@shopify/polaris';

export interface HandwritingPreviewProps {
  /** The note as written so far. */
  note: string;
  /** Who signs it. */
  signature: string;
}

/** The note as it will look on the card or sticker: the same handwriting font the PDFs use. */
export function HandwritingPreview({ note, signature }: HandwritingPreviewProps) {
  return (
    <Card>
      <Text as="h2" variant="headingSm">Preview</Text>
      <div
        aria-label="Handwritten preview"
        style={{
          fontFamily: '"Caveat", cursive', fontSize: 26, lineHeight: 1.25, color: '#1f2d5c', minHeight: 140,
          marginTop: 12, padding: '16px 20px', background: '#fffdf5', border: '1px solid #e8e2cc', borderRadius: 8, whiteSpace: 'pre-wrap',
        }}
      >
        {note || <span style={{ opacity: 0.4 }}>Your note appears here as it will be printed…</span>}
        <div style={{ textAlign: 'right', marginTop: 12 }}>— {signature}</div>
      </div>
    </Card>
  );
}
