import {Card, Text} from '@shopify/polaris';
import type {StaffMember} from '../../api/types';

export interface HandwritingPreviewProps {
  /** The note as written so far. */
  note: string;
  /** Who signs it: their drawn or typed signature, else their name; null while unassigned. */
  writer: StaffMember | null;
}

/** The writer's signature as it will be printed. */
export function Signature({writer}: {writer: StaffMember | null}) {
  const sig = writer?.signature;
  if (sig?.type === 'drawn') {
    return (
      <svg
        role="img"
        aria-label={`${writer!.name}'s signature`}
        viewBox="0 0 300 100"
        width={180}
        height={60}
        style={{display: 'inline-block'}}
      >
        <path
          d={sig.svgPath}
          fill="none"
          stroke="currentColor"
          strokeWidth={2.5}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    );
  }
  return (
    <span>— {sig?.type === 'typed' ? sig.text : (writer?.name ?? 'assign someone to sign')}</span>
  );
}

/** The note as it will look on the card or sticker: the same handwriting font the PDFs use. */
export function HandwritingPreview({note, writer}: HandwritingPreviewProps) {
  return (
    <Card>
      <Text as="h2" variant="headingSm">
        Preview
      </Text>
      <div
        aria-label="Handwritten preview"
        style={{
          fontFamily: '"Caveat", cursive',
          fontSize: 26,
          lineHeight: 1.25,
          color: '#1f2d5c',
          minHeight: 140,
          marginTop: 12,
          padding: '16px 20px',
          background: '#fffdf5',
          border: '1px solid #e8e2cc',
          borderRadius: 8,
          whiteSpace: 'pre-wrap',
        }}
      >
        {note || <span style={{opacity: 0.4}}>Your note appears here as it will be printed…</span>}
        <div style={{textAlign: 'right', marginTop: 12}}>
          <Signature writer={writer} />
        </div>
      </div>
    </Card>
  );
}
