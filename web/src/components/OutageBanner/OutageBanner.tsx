import {Banner} from '@shopify/polaris';

export interface OutageBannerProps {
  /** What could not be loaded, as the merchant names it ("the touch queue"). */
  what: string;
  /** The error's own words (the API's message, or the browser's). */
  error: string;
  /** Asks again for everything the page shows. */
  onRetry: () => void;
}

/**
 * The one banner a page shows when its data can't be loaded: what is missing, why, and Retry.
 * The page shows no empty state under it (nothing was loaded, so nothing is known to be empty).
 */
export function OutageBanner({what, error, onRetry}: OutageBannerProps) {
  return (
    <Banner
      tone="critical"
      title={`Couldn't load ${what}`}
      action={{content: 'Retry', onAction: onRetry}}
    >
      <p>{`${error.replace(/\.?$/, '.')} Nothing you saved is lost; try again in a moment.`}</p>
    </Banner>
  );
}
