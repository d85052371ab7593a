/**
 * App Bridge's web components, as React sees them
 * (https://shopify.dev/docs/api/app-bridge-library/web-components).
 */
import 'react';

type CustomElement = React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement>;

declare module 'react' {
  interface ButtonHTMLAttributes<T> {
    /** `primary` marks the Save button of a `ui-save-bar` and the title bar's main action. */
    variant?: 'primary' | 'breadcrumb';
    /** App Bridge shows the save bar's button as busy while the attribute is present. */
    loading?: '';
  }
  namespace JSX {
    interface IntrinsicElements {
      'ui-nav-menu': CustomElement;
      'ui-title-bar': CustomElement & {title?: string};
      'ui-save-bar': CustomElement & {id: string; discardConfirmation?: ''};
    }
  }
}
