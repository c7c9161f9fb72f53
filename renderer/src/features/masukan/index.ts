export { MasukanImport } from './MasukanImport';
export { MasukanList } from './MasukanList';
export { useMasukan } from './use-masukan';
export { DrawerFeedback } from './DrawerFeedback';
