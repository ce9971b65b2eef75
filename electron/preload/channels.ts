/** The two IPC channels between the preload and the main process, shared so neither side spells them. */
export const KIOSK_CALL_CHANNEL = 'kiosk:call';
export const KIOSK_EVENT_CHANNEL = 'kiosk:event';
