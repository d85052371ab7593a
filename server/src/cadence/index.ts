export * from './types';
export {asksQuestion, QUESTION_OPENINGS} from './question';
export {deriveDailyN, stepDailyTarget} from './daily-target';
export {newFirings} from './fire';
export {meetsConditions, skipReasonFor} from './eligibility';
export {decideTouches, MAX_PENDING_PER_RULE} from './decide';
export {DEFAULT_CADENCE_SETTINGS, DEFAULT_RULES, type DefaultRuleTemplate} from './defaults';
export {simulate, MINUTES_PER_TOUCH, type SimulationInput, type SimulationResult} from './simulate';
export {holdoutDraw, isHeldOut, NEVER_HELD_OUT} from './holdout';
