import {useEffect, useState} from 'react';
import {
  Badge,
  Banner,
  BlockStack,
  Box,
  Button,
  ButtonGroup,
  Card,
  InlineStack,
  Link,
  SkeletonBodyText,
  Text,
} from '@shopify/polaris';
import {apiGet} from '../../api/client';
import type {QuestionGroup, QuestionsReport} from './types';

const WINDOWS = [30, 90] as const;

/** The questions asked more than once come first: those are the ones a product page should answer. */
function Group({group}: {group: QuestionGroup}) {
  const product = group.product;
  return (
    <Box paddingBlockStart="300" borderBlockStartWidth="025" borderColor="border">
      <BlockStack gap="200">
        <InlineStack gap="200" blockAlign="center" wrap>
          <Badge tone={group.count > 1 ? 'attention' : undefined}>{`Asked ${group.count}×`}</Badge>
          {product ? (
            product.adminUrl ? (
              <Link url={product.adminUrl} target="_top">
                {product.title}
              </Link>
            ) : (
              <Text as="span">{product.title}</Text>
            )
          ) : (
            <Text as="span" tone="subdued">
              No one product
            </Text>
          )}
        </InlineStack>
        <Text as="p" variant="bodyLg">
          “{group.question}”
        </Text>
        <Text as="p" tone="subdued">
          Orders:{' '}
          {group.orders.map((o, i) => (
            <span key={o.orderGid}>
              {i ? ', ' : ''}
              {o.adminUrl ? (
                <Link url={o.adminUrl} target="_top">
                  {o.orderName}
                </Link>
              ) : (
                o.orderName
              )}
            </span>
          ))}
        </Text>
        {group.answers.length ? (
          <BlockStack gap="100">
            {group.answers.map((a) => (
              <Text as="p" key={a.orderName}>
                <Text as="span" fontWeight="semibold">
                  {a.by ?? 'The team'} answered {a.orderName}:
                </Text>{' '}
                {a.text}
              </Text>
            ))}
          </BlockStack>
        ) : (
          <Text as="p" tone="subdued">
            Not answered yet.
          </Text>
        )}
      </BlockStack>
    </Box>
  );
}

/** Questions your pages should answer: order-note questions grouped by product and wording. */
export function QuestionsCard() {
  const [days, setDays] = useState<(typeof WINDOWS)[number]>(30);
  const [report, setReport] = useState<QuestionsReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    setError(null);
    apiGet<QuestionsReport>(`/api/insights/questions?days=${days}`, ctl.signal)
      .then(setReport)
      .catch((e: Error) => ctl.signal.aborted || setError(e.message));
    return () => ctl.abort();
  }, [days]);
  const repeated = report?.groups.filter((g) => g.count > 1) ?? [];
  const once = report?.groups.filter((g) => g.count === 1) ?? [];
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center" gap="200">
          <Text as="h2" variant="headingMd">
            Questions your pages should answer
          </Text>
          <ButtonGroup variant="segmented">
            {WINDOWS.map((w) => (
              <Button key={w} pressed={w === days} onClick={() => setDays(w)}>
                {`${w} days`}
              </Button>
            ))}
          </ButtonGroup>
        </InlineStack>
        <Text as="p" tone="subdued">
          Questions customers left in order notes, grouped by product and by similar wording. One
          asked many times is an answer missing from the product page.
        </Text>
        {error ? (
          <Banner tone="critical" title="The questions could not be loaded">
            {error}
          </Banner>
        ) : !report ? (
          <SkeletonBodyText lines={5} />
        ) : report.groups.length === 0 ? (
          <Text as="p">No questions in order notes in the last {report.days} days.</Text>
        ) : (
          <BlockStack gap="300">
            <Text as="p">
              {report.questions} question{report.questions === 1 ? '' : 's'} in the last{' '}
              {report.days} days; {repeated.length} asked more than once.
            </Text>
            {[...repeated, ...once].slice(0, 20).map((g) => (
              <Group
                key={`${g.product?.gid ?? g.product?.title ?? ''}|${g.orders[0]!.orderGid}`}
                group={g}
              />
            ))}
          </BlockStack>
        )}
      </BlockStack>
    </Card>
  );
}
