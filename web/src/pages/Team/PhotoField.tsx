import {useEffect, useMemo, useState} from 'react';
import {
  Avatar,
  BlockStack,
  Button,
  DropZone,
  InlineError,
  InlineStack,
  Text,
  Thumbnail,
} from '@shopify/polaris';
import {usePhoto} from './usePhoto';
import {PHOTO_LIMIT_BYTES, PHOTO_TYPES} from './types';

/** What the person chose: a new file to upload, or to remove the current photo. */
export interface PhotoChoice {
  file: File | null;
  removed: boolean;
}

export interface PhotoFieldProps {
  /** Whose photo (for the label and initials). */
  name: string;
  /** The saved photo's URL, or null. */
  currentUrl: string | null;
  value: PhotoChoice;
  onChange: (value: PhotoChoice) => void;
  /** The server's answer to the last upload, if it refused it. */
  error?: string;
}

const KNOWN = PHOTO_TYPES as readonly string[];

/** Checks a file the way the server will, so most mistakes show before anything is sent. */
export function photoProblem(file: File): string | null {
  if (!KNOWN.includes(file.type)) return `“${file.name}” is not a PNG, JPEG or WebP image.`;
  if (file.size > PHOTO_LIMIT_BYTES)
    return `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; a photo can be up to 2 MB.`;
  return null;
}

/** The person's photo: drop or pick an image, see it before saving, or remove it. */
export function PhotoField({name, currentUrl, value, onChange, error}: PhotoFieldProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const saved = usePhoto(value.removed ? null : currentUrl);
  const chosen = useMemo(() => (value.file ? URL.createObjectURL(value.file) : null), [value.file]);
  useEffect(() => () => void (chosen && URL.revokeObjectURL(chosen)), [chosen]);
  const shown = chosen ?? saved;
  const hasPhoto = Boolean(value.file || (currentUrl && !value.removed));

  const drop = (files: File[]) => {
    const file = files[0];
    if (!file) return;
    const wrong = photoProblem(file);
    setProblem(wrong);
    if (!wrong) onChange({file, removed: false});
  };
  const message = problem ?? error;

  return (
    <BlockStack gap="200">
      <InlineStack gap="400" blockAlign="center" wrap={false}>
        {shown ? (
          <Thumbnail
            size="large"
            source={shown}
            alt={name ? `${name}'s photo` : 'The chosen photo'}
          />
        ) : (
          <Avatar size="xl" name={name || 'New staff member'} />
        )}
        <div style={{flex: 1, minWidth: 0}}>
          <DropZone
            id="staff-photo"
            label="Photo"
            accept={PHOTO_TYPES.join(',')}
            type="image"
            allowMultiple={false}
            variableHeight
            error={Boolean(message)}
            onDrop={drop}
          >
            <DropZone.FileUpload
              actionTitle={hasPhoto ? 'Replace photo' : 'Add photo'}
              actionHint="PNG, JPEG or WebP, up to 2 MB"
            />
          </DropZone>
        </div>
      </InlineStack>
      <InlineStack align="space-between" blockAlign="center">
        <Text as="p" variant="bodySm" tone="subdued">
          {value.file
            ? `${value.file.name} will be uploaded when you save.`
            : 'Shown on the Team page and in personal emails.'}
        </Text>
        {hasPhoto ? (
          <Button
            variant="plain"
            tone="critical"
            onClick={() => (setProblem(null), onChange({file: null, removed: Boolean(currentUrl)}))}
          >
            {value.file ? 'Don’t use this photo' : 'Remove photo'}
          </Button>
        ) : null}
      </InlineStack>
      {message ? <InlineError fieldID="staff-photo" message={message} /> : null}
    </BlockStack>
  );
}
