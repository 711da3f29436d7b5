// The store: lowdb JSON files in the data folder behind one write path.
export { openStore, dataDirFromEnv, type OpenedStore } from './open-store.ts';
export type { Store, WriteContext, Change } from './store.ts';
