export {createNumbering, type Numbering, type Numbered} from './numbering';
export {createCadenceRunner, type CadenceRunner} from './cadence-runner';
export {withdrawOrderTouches} from './withdraw';
export {sequenceKey} from './counting.model';
export {createCadenceFeed, type CadenceFeed} from './feed';
