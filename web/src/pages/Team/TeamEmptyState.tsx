import {EmptyState} from '@shopify/polaris';

// A small card-with-signature drawing, inline so the page needs no image request.
const ILLUSTRATION = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 160"><rect x="40" y="24" width="160" height="112" rx="10" fill="#fffdf5" stroke="#d4cdb5" stroke-width="3"/>' +
    '<circle cx="84" cy="66" r="18" fill="#e3ded0"/><path d="M112 58h64M112 74h48" stroke="#d4cdb5" stroke-width="6" stroke-linecap="round"/>' +
    '<path d="M64 112 Q 78 92 92 110 T 122 104 L 170 102" fill="none" stroke="#1f2d5c" stroke-width="3" stroke-linecap="round"/></svg>',
)}`;

export interface TeamEmptyStateProps {
  onAdd: () => void;
}

/** What staff profiles are for, before there are any. */
export function TeamEmptyState({onAdd}: TeamEmptyStateProps) {
  return (
    <EmptyState
      heading="Add the people who do the touches"
      image={ILLUSTRATION}
      action={{content: 'Add staff member', onAction: onAdd}}
    >
      <p>
        Touches are assigned to staff profiles, in turn or one person per kind. Each person signs
        their notes with their own signature and sends personal emails with their photo and reply-to
        address. Their daily minutes add up to the team’s capacity, so the Today page shows whether
        the day’s touches fit.
      </p>
    </EmptyState>
  );
}
