import {PAD_HEIGHT, PAD_WIDTH, type Signature as SignatureValue} from './types';

export interface SignatureProps {
  /** Whose signature (for its label). */
  name: string;
  signature: SignatureValue;
  /** Height in pixels; a drawn one keeps the pad's 3:1 shape. */
  height: number;
}

const INK = '#1f2d5c';

/** A signature as notes will carry it: drawn strokes, or the typed text in the handwriting font. */
export function Signature({name, signature, height}: SignatureProps) {
  if (signature.type === 'drawn') {
    return (
      <svg
        role="img"
        aria-label={`${name}'s signature`}
        viewBox={`0 0 ${PAD_WIDTH} ${PAD_HEIGHT}`}
        height={height}
        width={(height * PAD_WIDTH) / PAD_HEIGHT}
      >
        <path
          d={signature.svgPath}
          fill="none"
          stroke={INK}
          strokeWidth={3}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    );
  }
  return (
    <span
      title={`${name}'s signature`}
      style={{fontFamily: '"Caveat", cursive', fontSize: height * 0.85, lineHeight: 1, color: INK}}
    >
      {signature.text}
    </span>
  );
}
