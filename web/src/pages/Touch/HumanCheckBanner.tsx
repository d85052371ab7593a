import {Banner, Text} from '@shopify/polaris';
import type {HumanCheck} from '@human-touch/contract';

export interface HumanCheckBannerProps {
  /** The be-human check of what is being written. */
  check: HumanCheck;
}

/** Warns when the text is a near-copy of a starter prompt or an earlier note; nothing otherwise. */
export function HumanCheckBanner({check}: HumanCheckBannerProps) {
  if (!check.closestTo) return null;
  return (
    <Banner tone="warning" title="This reads like a copy">
      <Text as="p">
        It is {Math.round(check.score * 100)}% the same as{' '}
        {check.closestTo === 'prompt' ? 'a starter prompt' : 'an earlier note'}. Customers can tell;
        say something only you could say about this order.
      </Text>
    </Banner>
  );
}
