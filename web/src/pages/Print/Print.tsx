import {useEffect, useRef, useState} from 'react';
import {
  Banner,
  BlockStack,
  Box,
  Button,
  ButtonGroup,
  Card,
  EmptyState,
  InlineStack,
  Layout,
  Link,
  List,
  Modal,
  Page,
  ProgressBar,
  Select,
  SkeletonBodyText,
  Text,
  TextField,
} from '@shopify/polaris';
import {apiGet, apiSend} from '../../api/client';
import {KIND_LABELS} from '../../components/TouchKindBadge';
import {useStaff} from '../../hooks/useStaff';
import {openTouch} from '../../router';
import {QueueList, type QueueActions} from './QueueList';
import {
  PROBLEM_LABELS,
  type QueueAnswer,
  type QueueOrder,
  type QueueState,
  type QueueTouch,
} from './types';
import {queuePath, usePrintQueue, useStocks} from './usePrintQueue';
import {usePrintRun} from './usePrintRun';
import {useToast} from '../../components/AppBridge';
import {OutageBanner} from '../../components/OutageBanner';

const TABS: {id: QueueState; content: string}[] = [
  {id: 'to_print', content: 'To print'},
  {id: 'to_pack', content: 'Printed, to pack'},
  {id: 'packed', content: 'Packed'},
  {id: 'all', content: 'All'},
];

const EMPTY: Record<QueueState, {heading: string; text: string}> = {
  to_print: {
    heading: 'Nothing to print',
    text: 'Every sticker waiting for a box has been printed. New ones appear here as orders come in and notes get written.',
  },
  to_pack: {
    heading: 'Nothing waiting to be packed',
    text: 'Printed stickers stay here until their order is marked packed.',
  },
  packed: {
    heading: 'Nothing packed lately',
    text: 'Orders marked packed in the last weeks show here.',
  },
  all: {
    heading: 'No stickers yet',
    text: 'Team photos, signed cards, free gifts and sticker notes show here when a rule picks an order.',
  },
};

const REFRESH_MS = 30_000;

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Print: the packing bench's page — print what goes in today's boxes, reprint one, mark orders packed. */
export function Print() {
  const {stocks, shopStock, nextLabel, error: stocksError, reload: reloadStocks} = useStocks();
  const [stockChoice, setStock] = useState<string | null>(null);
  const stock = stockChoice ?? shopStock;
  const [start, setStart] = useState('1');
  const [tab, setTab] = useState(0);
  const state = TABS[tab]!.id;
  const [find, setFind] = useState('');
  const searching = find.trim();
  // A searched (or scanned) order number is looked for in every state: "where is #1042's box?"
  const queue = usePrintQueue(searching ? 'all' : state, stock, searching);
  const {personOf} = useStaff();
  const [readyTotals, setReadyTotals] = useState<QueueAnswer['totals'] | null>(null);
  const [confirm, setConfirm] = useState<QueueTouch | null>(null);
  const [toast, setToast] = useToast();
  const [failure, setFailure] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const [version, setVersion] = useState(0);
  const refresh = () => {
    queue.reload();
    setVersion((v) => v + 1);
  };
  const run = usePrintRun((nextStart) => {
    refresh();
    if (nextStart) setStart(String(nextStart));
  });

  // The sheet in the printer continues where the last print handed over left it (kept per shop).
  useEffect(() => {
    if (nextLabel && nextLabel.stock === stock) setStart(String(nextLabel.position));
  }, [nextLabel, stock]);

  // The queue refreshes by itself: new orders, notes written and boxes packed by others show up.
  const tick = useRef(() => {});
  useEffect(() => {
    tick.current = () => {
      if (!run.state.running && !working && document.visibilityState === 'visible') refresh();
    };
  });
  useEffect(() => {
    const timer = setInterval(() => tick.current(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  // The big button counts what is ready to print whichever tab is open.
  useEffect(() => {
    if (!stock) return;
    const ctl = new AbortController();
    apiGet<QueueAnswer>(queuePath('to_print', stock, null, 1), ctl.signal).then(
      (a) => setReadyTotals(a.totals),
      () => undefined,
    );
    return () => ctl.abort();
  }, [stock, version]);

  const current = stocks.find((s) => s.id === stock);
  const sheetSize = current?.labelsPerSheet ?? 1;
  const startPosition = Number(start);
  const startError =
    current &&
    !current.thermal &&
    (!Number.isInteger(startPosition) || startPosition < 1 || startPosition > sheetSize)
      ? `From 1 to ${sheetSize} on this sheet`
      : undefined;
  const busy = run.state.running || working;
  const ready = readyTotals?.ready ?? 0;
  const options = {
    stock: stock ?? '',
    startPosition: current?.thermal ? 1 : startPosition,
    sheetSize,
  };

  const change = async (what: () => Promise<unknown>, done: string) => {
    setWorking(true);
    try {
      await what();
      setToast(done);
      setFailure(null);
      refresh();
    } catch (e) {
      setFailure((e as Error).message);
    } finally {
      setWorking(false);
    }
  };

  const actions: QueueActions = {
    printOrder: (order: QueueOrder) =>
      void run.printTouches(
        order.touches
          .filter((t) => t.status === 'open' && !t.problem && !t.printedAt)
          .map((t) => t.id),
        options,
      ),
    reprint: (t) => setConfirm(t),
    pack: (t) =>
      void change(
        () => apiSend('PATCH', `/api/touches/${t.id}`, {stage: 'packed'}),
        `${KIND_LABELS[t.kind]} for ${t.orderName} packed`,
      ),
    packOrder: (order) =>
      void change(
        () => apiSend('POST', '/api/touches/bulk', {ids: order.openTouchIds, action: 'pack'}),
        `${order.orderName} packed`,
      ),
  };

  const r = run.state;
  const share = r.total ? Math.min(100, Math.round((r.printed / r.total) * 100)) : 0;

  return (
    <Page
      title="Print"
      subtitle="Stickers for the packing bench: print them, put each in its box, mark the order packed."
    >
      <Layout>
        <Layout.Section>
          <Card>
            <BlockStack gap="400">
              <InlineStack gap="400" blockAlign="start">
                <Box minWidth="260px">
                  <Select
                    label="Label stock"
                    options={stocks.map((s) => ({label: s.name, value: s.id}))}
                    value={stock ?? ''}
                    onChange={setStock}
                    disabled={busy}
                    helpText={
                      stock && stock === shopStock
                        ? 'The shop’s stock (Settings)'
                        : 'For this print only'
                    }
                  />
                </Box>
                {current && !current.thermal ? (
                  <Box maxWidth="200px">
                    <TextField
                      label="Start at label"
                      type="number"
                      min={1}
                      max={sheetSize}
                      autoComplete="off"
                      value={start}
                      onChange={setStart}
                      onBlur={() => {
                        if (!startError && stock)
                          void apiSend('PUT', '/api/print/next-label', {
                            stock,
                            position: startPosition,
                          }).catch(() => undefined);
                      }}
                      error={startError}
                      disabled={busy}
                      helpText={`Of ${sheetSize} on a sheet, row by row: for a partly used sheet`}
                    />
                  </Box>
                ) : null}
              </InlineStack>
              <InlineStack gap="300" blockAlign="center">
                <Button
                  variant="primary"
                  size="large"
                  disabled={busy || !ready || Boolean(startError) || !stock}
                  loading={r.running && r.total > 1}
                  onClick={() => void run.printQueue({...options, ready})}
                >
                  {`Print today’s stickers (${ready.toLocaleString('en')})`}
                </Button>
                {r.running ? <Button onClick={run.cancel}>Stop after this batch</Button> : null}
                {readyTotals ? (
                  <Text as="p" tone="subdued">
                    {readyTotals.orders
                      ? `${plural(readyTotals.orders, 'order')} waiting`
                      : 'Nothing waiting'}
                    {readyTotals.problems
                      ? ` · ${plural(readyTotals.problems, 'sticker')} need${readyTotals.problems === 1 ? 's' : ''} a note first`
                      : ''}
                  </Text>
                ) : null}
                {readyTotals?.missedShipped ? (
                  <Text as="p" tone="caution">
                    {`${plural(readyTotals.missedShipped, 'box touch', 'box touches')} missed in the last 30 days: the order shipped before it was packed`}
                  </Text>
                ) : null}
              </InlineStack>
              {r.running || r.batches.length ? (
                <BlockStack gap="200">
                  <ProgressBar
                    progress={r.running ? share : 100}
                    size="small"
                    ariaLabelledBy="print-progress"
                    tone={r.error ? 'critical' : 'highlight'}
                  />
                  <Text as="p" id="print-progress">
                    {r.running
                      ? `Printing… ${r.printed.toLocaleString('en')} of ${plural(r.total, 'sticker')}`
                      : `Printed ${plural(r.printed, 'sticker')}`}
                    {r.skipped ? ` · ${r.skipped} already printed elsewhere, left out` : ''}
                  </Text>
                  {r.batches.length ? (
                    <InlineStack gap="300">
                      {r.batches.map((b) => (
                        <Link
                          key={b.n}
                          url={b.url}
                          target="_blank"
                        >{`Open PDF ${r.batches.length > 1 ? `${b.n} ` : ''}(${plural(b.stickers, 'sticker')})`}</Link>
                      ))}
                    </InlineStack>
                  ) : null}
                </BlockStack>
              ) : null}
              {r.error ? (
                <Banner tone="critical" title="Printing stopped" onDismiss={run.dismiss}>
                  {r.error} What printed so far is marked printed; press the button again for the
                  rest.
                </Banner>
              ) : null}
              {r.refused.length ? (
                <Banner
                  tone="warning"
                  title={`${plural(r.refused.length, 'sticker')} could not print`}
                  onDismiss={run.dismiss}
                >
                  <List>
                    {r.refused.map((t) => (
                      <List.Item key={t.id}>
                        {`${t.orderName} · ${KIND_LABELS[t.kind]}: ${PROBLEM_LABELS[t.problem]}. `}
                        <Link onClick={() => openTouch(t.id)}>Open the touch</Link>
                      </List.Item>
                    ))}
                  </List>
                </Banner>
              ) : null}
              {failure ? (
                <Banner tone="critical" onDismiss={() => setFailure(null)}>
                  {failure}
                </Banner>
              ) : null}
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <Card padding="0">
            <Box padding="400" borderBlockEndWidth="025" borderColor="border">
              <InlineStack align="space-between" blockAlign="center" gap="200">
                <InlineStack gap="300" blockAlign="center">
                  <ButtonGroup variant="segmented">
                    {TABS.map((t, i) => (
                      <Button
                        key={t.id}
                        pressed={!searching && i === tab}
                        onClick={() => {
                          setFind('');
                          setTab(i);
                        }}
                      >
                        {t.content}
                      </Button>
                    ))}
                  </ButtonGroup>
                  <Box minWidth="220px">
                    <TextField
                      label="Find an order"
                      labelHidden
                      placeholder="Order number, typed or scanned"
                      value={find}
                      onChange={setFind}
                      clearButton
                      onClearButtonClick={() => setFind('')}
                      autoComplete="off"
                    />
                  </Box>
                </InlineStack>
                {queue.totals ? (
                  <Text
                    as="p"
                    tone="subdued"
                  >{`${plural(queue.totals.orders, 'order')} · ${plural(queue.totals.stickers, 'sticker')}`}</Text>
                ) : null}
              </InlineStack>
            </Box>
            {queue.error || stocksError ? (
              <Box padding="400">
                <OutageBanner
                  what="the print queue"
                  error={(queue.error ?? stocksError)!}
                  onRetry={() => (stocksError ? reloadStocks() : queue.reload())}
                />
              </Box>
            ) : queue.loading && !queue.orders.length ? (
              <Box padding="400">
                <SkeletonBodyText lines={6} />
              </Box>
            ) : queue.orders.length ? (
              <>
                <QueueList
                  orders={queue.orders}
                  personOf={personOf}
                  actions={actions}
                  busy={busy}
                />
                {queue.hasMore ? (
                  <Box padding="400">
                    <Button onClick={() => queue.loadMore()} loading={queue.loading}>
                      Show more orders
                    </Button>
                  </Box>
                ) : null}
              </>
            ) : !queue.error && !stocksError ? (
              <EmptyState
                heading={searching ? `No stickers for “${searching}”` : EMPTY[state].heading}
                image=""
              >
                <p>
                  {searching
                    ? 'No box touch of an order with that number in the last weeks.'
                    : EMPTY[state].text}
                </p>
              </EmptyState>
            ) : null}
          </Card>
        </Layout.Section>
      </Layout>
      {confirm ? (
        <Modal
          open
          title={`Reprint the sticker for ${confirm.orderName}?`}
          onClose={() => setConfirm(null)}
          primaryAction={{
            content: 'Reprint',
            onAction: () => {
              void run.printTouches([confirm.id], {...options, reprint: true});
              setConfirm(null);
            },
          }}
          secondaryActions={[{content: 'Cancel', onAction: () => setConfirm(null)}]}
        >
          <Modal.Section>
            <Text as="p">
              {`It was printed ${confirm.printCount === 1 ? 'once' : `${confirm.printCount} times`} already. Reprint only if that sticker jammed, smudged or got lost, so a box never gets two.`}
            </Text>
          </Modal.Section>
        </Modal>
      ) : null}
      {toast}
    </Page>
  );
}
