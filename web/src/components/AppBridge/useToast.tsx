import {useCallback, useState, type ReactNode} from 'react';
import {Toast} from '@shopify/polaris';
import {appBridge, type ToastOptions} from './app-bridge';

type ShowToast = (
  message: string,
  opts?: Pick<ToastOptions, 'isError' | 'action' | 'onAction'>,
) => void;

/**
 * A short confirmation ("Rule saved"): App Bridge's toast (`shopify.toast.show`) where it is
 * loaded, a Polaris toast in the frame otherwise. Returns what to render (null with App Bridge)
 * and the function that shows one.
 * https://shopify.dev/docs/api/app-bridge-library/apis/toast
 */
export function useToast(): [ReactNode, ShowToast] {
  const [polaris, setPolaris] = useState<({message: string} & ToastOptions) | null>(null);
  const show = useCallback<ShowToast>((message, opts = {}) => {
    const bridge = appBridge()?.toast;
    if (bridge) bridge.show(message, {...opts, duration: opts.action ? 10_000 : 5000});
    else setPolaris({message, ...opts});
  }, []);
  const markup = polaris ? (
    <Toast
      content={polaris.message}
      error={polaris.isError}
      action={
        polaris.action && polaris.onAction
          ? {
              content: polaris.action,
              onAction: () => (setPolaris(null), polaris.onAction?.()),
            }
          : undefined
      }
      onDismiss={() => setPolaris(null)}
    />
  ) : null;
  return [markup, show];
}
