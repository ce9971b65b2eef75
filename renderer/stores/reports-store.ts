import { createStore } from 'zustand/vanilla';
import type {
  AssetTypeUtilisationReport,
  LoansOverTimeReport,
  OverdueReport,
} from '../../domain/api/reports.js';
import type { KioskApi } from '../../domain/kiosk-api/contract.js';
import { idleCall, type CallState } from './call-state.js';

export type LoansInterval = LoansOverTimeReport['interval'];

export type ReportsState = CallState & {
  overdue: OverdueReport | null;
  loansOverTime: LoansOverTimeReport | null;
  interval: LoansInterval;
  utilisation: AssetTypeUtilisationReport | null;
  load(): Promise<void>;
  setInterval(interval: LoansInterval): Promise<void>;
};

/** The staff area's reports from the central API: overdue loans, loans over time, use per asset type. */
export function createReportsStore(api: KioskApi) {
  return createStore<ReportsState>()((set, get) => {
    const loadLoans = async (interval: LoansInterval) => {
      const answer = await api.call('staff.loansOverTime', { interval });
      // A second tap on the switch may have asked for the other interval meanwhile.
      if (get().interval !== interval) return;
      set(answer.ok ? { loansOverTime: answer.result } : { error: answer.error });
    };
    return {
      ...idleCall,
      overdue: null,
      loansOverTime: null,
      interval: 'week',
      utilisation: null,
      load: async () => {
        set({ busy: true, error: null });
        const [overdue, utilisation] = await Promise.all([
          api.call('staff.overdue', {}),
          api.call('staff.utilisationByType', {}),
          loadLoans(get().interval),
        ]);
        set({
          busy: false,
          ...(overdue.ok ? { overdue: overdue.result } : { error: overdue.error }),
          ...(utilisation.ok ? { utilisation: utilisation.result } : { error: utilisation.error }),
        });
      },
      setInterval: async (interval) => {
        set({ interval, error: null });
        await loadLoans(interval);
      },
    };
  });
}
