import {Card, Layout, SkeletonBodyText, SkeletonDisplayText, SkeletonPage} from '@shopify/polaris';

/** What a lazily loaded page shows while its chunk arrives: the page's frame, not a spinner. */
export function PageSkeleton({title}: {title: string}) {
  return (
    <SkeletonPage title={title} primaryAction>
      <Layout>
        <Layout.Section>
          <Card>
            <SkeletonDisplayText size="small" />
            <SkeletonBodyText lines={8} />
          </Card>
        </Layout.Section>
      </Layout>
    </SkeletonPage>
  );
}
