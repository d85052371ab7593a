export interface TitleBarProps {
  /** The page's title, as the admin shows it above the app. */
  title: string;
}

/**
 * The admin's title bar for the page (App Bridge `ui-title-bar`).
 * https://shopify.dev/docs/api/app-bridge-library/web-components/ui-title-bar
 */
export function TitleBar({title}: TitleBarProps) {
  return <ui-title-bar title={title} />;
}
