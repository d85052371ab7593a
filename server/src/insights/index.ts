export {createInsights, type Insights} from './insights.service';
export {createTouchExport, type TouchExport} from './export';
export {insightsRouter, exportsRouter} from './insights.routes';
