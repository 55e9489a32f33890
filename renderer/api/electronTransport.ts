import type { JourneyBridge } from '../../src/api/bridge';
import { fail } from '../../src/api/result';
import { isResult, type Transport } from './transport';

declare global {
  interface Window {
    /** Present only inside the Electron window (set by the preload). */
    journeyStudio?: JourneyBridge;
  }
}

/** Calls main over Electron IPC through the preload's bridge. */
export const createElectronTransport = (bridge: JourneyBridge): Transport => ({
  async call(name, payload) {
    try {
      const reply = await bridge.call(name, payload);
      return isResult(reply) ? reply : fail('INTERNAL', `The app replied to "${name}" with something that is not a result.`, { call: name });
    } catch (error) {
      return fail('INTERNAL', `The call "${name}" could not reach the app: ${String(error)}`, { call: name });
    }
  },
  // IPC messages leave the page synchronously, so an unload right after cannot drop them.
  send: (name, payload) => void bridge.call(name, payload).catch(() => undefined),
  onMenu: (cb) => bridge.onMenu(cb),
});
