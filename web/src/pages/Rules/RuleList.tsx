import {
  Badge,
  BlockStack,
  Button,
  ButtonGroup,
  Card,
  InlineStack,
  ResourceItem,
  ResourceList,
  Text,
} from '@shopify/polaris';
import type {IconSource} from '@shopify/polaris';
import {ArrowDownIcon, ArrowUpIcon} from '@shopify/polaris-icons';
import {KIND_LABELS} from '../../components/TouchKindBadge';
import {conditionsText, rhythm} from './rules-lib';
import type {Rule} from './types';
import {formatMoney} from '../../lib/money';

// polaris-icons is typed against the hoisted @types/react, Polaris against its own copy: same shape.
const UP = ArrowUpIcon as unknown as IconSource;
const DOWN = ArrowDownIcon as unknown as IconSource;

/** The id of a rule's move button, so the page can keep the keyboard focus on it after a move. */
export const moveButtonId = (ruleId: string, direction: -1 | 1) =>
  `move-${ruleId}-${direction === -1 ? 'up' : 'down'}`;

export interface RuleListProps {
  /** The saved rules, highest priority first. */
  rules: Rule[];
  /** A change is being saved: delete waits (move and toggle ignore presses themselves). */
  busy: boolean;
  onEdit: (rule: Rule) => void;
  onMove: (index: number, direction: -1 | 1) => void;
  onToggle: (rule: Rule) => void;
  onDelete: (rule: Rule) => void;
  /** The shop's currency code, for gift amounts (null until known). */
  currency?: string | null;
}

/** The rules in plain words, each with move, turn on/off and delete; a click elsewhere on a rule edits it. */
export function RuleList({
  rules,
  busy,
  onEdit,
  onMove,
  onToggle,
  onDelete,
  currency = null,
}: RuleListProps) {
  return (
    <Card padding="0">
      <ResourceList
        resourceName={{singular: 'rule', plural: 'rules'}}
        items={rules}
        renderItem={(rule, _id, index) => {
          const conditions = conditionsText(rule.conditions);
          return (
            // The key keeps each rule's DOM (and focus) with the rule when the order changes.
            <ResourceItem
              key={rule.id}
              id={rule.id}
              onClick={() => onEdit(rule)}
              accessibilityLabel={`Edit ${rule.name}`}
            >
              <InlineStack align="space-between" blockAlign="center" gap="400" wrap={false}>
                <BlockStack gap="100">
                  <InlineStack gap="200" blockAlign="center">
                    <Text as="h3" variant="bodyMd" fontWeight="semibold">
                      {rule.name}
                    </Text>
                    <Badge>{KIND_LABELS[rule.kind]}</Badge>
                    {rule.enabled ? null : <Badge tone="warning">Off</Badge>}
                  </InlineStack>
                  <Text
                    as="p"
                    tone="subdued"
                  >{`${rhythm(rule)} → ${KIND_LABELS[rule.kind].toLowerCase()}${rule.giftAmount ? ` with a ${formatMoney(rule.giftAmount, currency)} gift certificate` : ''}`}</Text>
                  {conditions ? (
                    <Text as="p" tone="subdued">
                      {conditions}
                    </Text>
                  ) : null}
                </BlockStack>
                {/* ResourceItem opens the editor on any click inside it; these buttons do something else. */}
                <div onClick={(e) => e.stopPropagation()}>
                  <ButtonGroup>
                    <Button
                      id={moveButtonId(rule.id, -1)}
                      icon={UP}
                      accessibilityLabel={`Move ${rule.name} up`}
                      disabled={index === 0}
                      onClick={() => onMove(index, -1)}
                    />
                    <Button
                      id={moveButtonId(rule.id, 1)}
                      icon={DOWN}
                      accessibilityLabel={`Move ${rule.name} down`}
                      disabled={index === rules.length - 1}
                      onClick={() => onMove(index, 1)}
                    />
                    <Button
                      accessibilityLabel={`${rule.enabled ? 'Turn off' : 'Turn on'} ${rule.name}`}
                      onClick={() => onToggle(rule)}
                    >
                      {rule.enabled ? 'Turn off' : 'Turn on'}
                    </Button>
                    <Button
                      tone="critical"
                      variant="plain"
                      disabled={busy}
                      accessibilityLabel={`Delete ${rule.name}`}
                      onClick={() => onDelete(rule)}
                    >
                      Delete
                    </Button>
                  </ButtonGroup>
                </div>
              </InlineStack>
            </ResourceItem>
          );
        }}
      />
    </Card>
  );
}
