export {
  createStickerPrinter,
  type StickerPrinter,
  type StickerStyle,
  type NoteFit,
  type PrintJob,
} from './printer';
export {createPrintService, type PrintService} from './print.service';
export {createPrintLinks, type PrintLinks} from './print-links';
export {createWriteList, type WriteList} from './write-list.service';
export {createLinkSigner, LINK_TTL_SECONDS, type LinkSigner} from './links';
export {printRouter, printLinksRouter} from './print.routes';
export {
  STOCKS,
  labelRect,
  labelsPerSheet,
  placements,
  stockJson,
  mm,
  type StockGeometry,
  type Rect,
} from './stocks';
export {PACKING_INSTRUCTIONS, PRINTABLE_KINDS, NOTE_KINDS, type LabelContent} from './content';
export {CAVEAT_TTF} from './fonts';
