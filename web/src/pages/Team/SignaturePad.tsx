import {useRef, useState, type PointerEvent} from 'react';
import {BlockStack, Button, InlineError, InlineStack, Text} from '@shopify/polaris';
import {clampToPad, MIN_STEP, strokeToPath, type Point} from './drawn-path';
import {MAX_SVG_PATH_LENGTH, PAD_HEIGHT, PAD_WIDTH} from './types';

export interface SignaturePadProps {
  /** The drawing so far as an SVG path `d` ('' when blank). */
  value: string;
  onChange: (svgPath: string) => void;
  /** A problem with the drawing (e.g. from the server). */
  error?: string;
}

const INK = '#1f2d5c';

/** A pad to sign on with a mouse, finger or pen; records the strokes as one SVG path. */
export function SignaturePad({value, onChange, error}: SignaturePadProps) {
  const [stroke, setStroke] = useState<Point[]>([]);
  const [tooLong, setTooLong] = useState(false);
  // The stroke being drawn lives in a ref (pointer events can outpace renders); state mirrors it for display.
  const points = useRef<Point[] | null>(null);

  const pointOf = (e: PointerEvent<SVGSVGElement>): Point => {
    const box = e.currentTarget.getBoundingClientRect();
    return clampToPad({
      x: ((e.clientX - box.left) * PAD_WIDTH) / (box.width || 1),
      y: ((e.clientY - box.top) * PAD_HEIGHT) / (box.height || 1),
    });
  };
  const start = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    points.current = [pointOf(e)];
    setStroke(points.current);
  };
  const move = (e: PointerEvent<SVGSVGElement>) => {
    const drawn = points.current;
    if (!drawn) return;
    const p = pointOf(e);
    const last = drawn[drawn.length - 1]!;
    if (Math.hypot(p.x - last.x, p.y - last.y) < MIN_STEP) return;
    points.current = [...drawn, p];
    setStroke(points.current);
  };
  const end = () => {
    const drawn = points.current;
    if (!drawn) return;
    points.current = null;
    const next = [value, strokeToPath(drawn)].filter(Boolean).join(' ');
    setStroke([]);
    if (next.length > MAX_SVG_PATH_LENGTH) return setTooLong(true);
    setTooLong(false);
    onChange(next);
  };
  const shown = [value, strokeToPath(stroke)].filter(Boolean).join(' ');

  return (
    <BlockStack gap="200">
      <div style={{maxWidth: 420}}>
        <svg
          role="img"
          aria-label={
            value
              ? 'Your drawn signature (draw more to add to it)'
              : 'Signature pad: draw your signature here'
          }
          aria-describedby="signature-pad-help"
          viewBox={`0 0 ${PAD_WIDTH} ${PAD_HEIGHT}`}
          preserveAspectRatio="none"
          onPointerDown={start}
          onPointerMove={move}
          onPointerUp={end}
          onPointerCancel={end}
          onLostPointerCapture={end}
          style={{
            display: 'block',
            width: '100%',
            aspectRatio: `${PAD_WIDTH} / ${PAD_HEIGHT}`,
            touchAction: 'none',
            cursor: 'crosshair',
            background: '#fffdf5',
            border: `1px solid ${error ? '#c70a24' : '#d4cdb5'}`,
            borderRadius: 8,
          }}
        >
          <line
            x1={16}
            y1={78}
            x2={PAD_WIDTH - 16}
            y2={78}
            stroke="#d4cdb5"
            strokeDasharray="4 4"
          />
          {shown ? (
            <path
              d={shown}
              fill="none"
              stroke={INK}
              strokeWidth={2.5}
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          ) : null}
        </svg>
      </div>
      <InlineStack align="space-between" blockAlign="center" gap="200">
        <Text as="p" tone="subdued" variant="bodySm" id="signature-pad-help">
          Sign above with a mouse, finger or pen. Using a keyboard? Choose “Typed” instead.
        </Text>
        <Button
          onClick={() => (setTooLong(false), onChange(''))}
          disabled={!value}
          accessibilityLabel="Clear the drawn signature"
        >
          Clear
        </Button>
      </InlineStack>
      {tooLong ? (
        <InlineError
          fieldID="signature-pad"
          message="That stroke would make the signature too long. Clear it and sign a little more simply."
        />
      ) : null}
      {error ? <InlineError fieldID="signature-pad" message={error} /> : null}
    </BlockStack>
  );
}
