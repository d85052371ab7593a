import {Avatar} from '@shopify/polaris';
import {usePhoto} from './usePhoto';

export interface StaffAvatarProps {
  /** Whose face: their name gives the initials and the label. */
  name: string;
  /** The profile's photoUrl, or null for initials. */
  photoUrl: string | null;
  size?: 'md' | 'lg' | 'xl';
}

const initialsOf = (name: string) =>
  name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('') || '?';

/** The staff member's photo, or their initials until it loads or when there is none. */
export function StaffAvatar({name, photoUrl, size = 'lg'}: StaffAvatarProps) {
  const src = usePhoto(photoUrl);
  return (
    <Avatar
      size={size}
      name={name}
      initials={initialsOf(name)}
      source={src ?? undefined}
      accessibilityLabel={`${name}'s photo`}
    />
  );
}
