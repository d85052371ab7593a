export {rulesRouter} from './rules.routes';
export {ruleSchema, conditionsSchema, type RuleInput} from './rule.schema';
export {simulateRouter} from './simulate.routes';
