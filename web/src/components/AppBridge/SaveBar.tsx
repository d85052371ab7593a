import {useEffect} from 'react';
import {ContextualSaveBar} from '@shopify/polaris';
import {appBridge} from './app-bridge';

export interface SaveBarProps {
  /** Unique on the page: App Bridge shows and hides the bar by it. */
  id: string;
  /** The form has unsaved changes: the bar shows. */
  dirty: boolean;
  saving?: boolean;
  onSave: () => void;
  onDiscard: () => void;
}

/**
 * The save bar of a form with unsaved changes: App Bridge's (`ui-save-bar`, drawn by the admin,
 * which also asks before leaving the page) where it is loaded, Polaris's inside the frame
 * otherwise (unit tests). https://shopify.dev/docs/api/app-bridge-library/web-components/ui-save-bar
 */
export function SaveBar({id, dirty, saving = false, onSave, onDiscard}: SaveBarProps) {
  const bridge = appBridge()?.saveBar ?? null;
  useEffect(() => {
    if (!bridge) return;
    void (dirty ? bridge.show(id) : bridge.hide(id));
  }, [bridge, id, dirty]);
  useEffect(() => (bridge ? () => void bridge.hide(id) : undefined), [bridge, id]);

  if (!bridge) {
    return dirty ? (
      <ContextualSaveBar
        message="Unsaved changes"
        saveAction={{onAction: onSave, loading: saving}}
        discardAction={{onAction: onDiscard}}
      />
    ) : null;
  }
  return (
    <ui-save-bar id={id}>
      <button
        variant="primary"
        type="button"
        onClick={onSave}
        disabled={saving}
        loading={saving ? '' : undefined}
      >
        Save
      </button>
      <button type="button" onClick={onDiscard} disabled={saving}>
        Discard
      </button>
    </ui-save-bar>
  );
}
