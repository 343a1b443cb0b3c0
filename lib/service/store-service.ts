import { clearQuotes } from '../store/quotes';
import type { ServiceContext } from './context';

export interface StoreService {
  clearStore(): void;
}

export function storeService({ db, storeChanged }: ServiceContext) {
  return {
    async clearStore() {
      await clearQuotes(db);
      await storeChanged();
    },
  };
}
