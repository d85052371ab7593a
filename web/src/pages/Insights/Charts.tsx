import {BarChart, PolarisVizProvider} from '@shopify/polaris-viz';
import '@shopify/polaris-viz/build/esm/styles.css';
import {Box, Text} from '@shopify/polaris';

export interface Series {
  name: string;
  data: {key: string; value: number | null}[];
}

interface BarsProps {
  /** What the chart shows, read out by screen readers (the table beside it has the numbers). */
  label: string;
  series: Series[];
  /** Axis label for values. */
  format: (value: number) => string;
  stacked?: boolean;
  height?: number;
}

/** A polaris-viz bar chart with its text alternative; the numbers are always in a table next to it too. */
export function Bars({label, series, format, stacked = false, height = 240}: BarsProps) {
  return (
    <Box minHeight={`${height}px`}>
      <figure style={{margin: 0, height}}>
        {/* The drawing is for the eye; its numbers are in the table next to it, so assistive tech reads those. */}
        <div ref={(el) => el?.setAttribute('inert', '')} style={{height}}>
          <PolarisVizProvider>
            <BarChart
              data={series}
              theme="Light"
              type={stacked ? 'stacked' : 'default'}
              isAnimated={false}
              yAxisOptions={{labelFormatter: (v) => format(Number(v))}}
              showLegend
            />
          </PolarisVizProvider>
        </div>
        <figcaption>
          <Text as="span" visuallyHidden>
            {label}
          </Text>
        </figcaption>
      </figure>
    </Box>
  );
}
