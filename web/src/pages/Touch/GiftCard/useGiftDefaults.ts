import {useEffect, useState} from 'react';
import {apiGet} from '../../../api/client';

export interface GiftDefaults {
  /** The rule's own amount, else the shop's; null until known (the server then uses its default). */
  amount: number | null;
  /** Days until the card expires; null = never; undefined = not known. */
  expiryDays: number | null | undefined;
}

interface SettingsAnswer {
  settings: {giftAmount: number; giftExpiryDays: number | null};
}
interface RulesAnswer {
  rules: {id: string; giftAmount: number | null}[];
}

/** The amount and expiry a gift card would get, read when the confirm modal opens. */
export function useGiftDefaults(ruleId: string | null, enabled: boolean): GiftDefaults {
  const [defaults, setDefaults] = useState<GiftDefaults>({amount: null, expiryDays: undefined});
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const rules = ruleId
      ? apiGet<RulesAnswer>('/api/rules', controller.signal).catch(() => null)
      : Promise.resolve(null);
    Promise.all([
      apiGet<SettingsAnswer>('/api/settings', controller.signal).catch(() => null),
      rules,
    ]).then(([s, r]) => {
      if (controller.signal.aborted) return;
      const ruleAmount = r?.rules.find((rule) => rule.id === ruleId)?.giftAmount ?? null;
      setDefaults({
        amount: ruleAmount ?? s?.settings.giftAmount ?? null,
        expiryDays: s ? s.settings.giftExpiryDays : undefined,
      });
    });
    return () => controller.abort();
  }, [ruleId, enabled]);
  return defaults;
}
