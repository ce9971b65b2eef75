/**
 * The hardware service process: serial and HID drivers, decoders and simulated devices, apart from the
 * kiosk core so a crash in native HID or serial code takes down only this process, which the core restarts
 * (hardware.md §0.4). Start it with child_process.fork (`startHardwareService`) or an Electron
 * utilityProcess; it speaks the messages of domain/devices/service-messages.ts.
 *
 * KITDESK_HID_BACKEND=libusb selects node-hid's libusb backend on Linux, so keyboard-mode devices stop
 * typing into the desktop (needs the udev "usb" rule; hardware.md §7.1).
 */
import { createNodeHidTransport } from '../drivers/hid/node-hid-transport.js';
import { listSerialPorts } from '../drivers/serial/serial-port-locator.js';
import { DeviceManager } from '../manager/device-manager.js';
import { parentChannel } from './parent-channel.js';
import { ServiceHost } from './service-host.js';

const channel = parentChannel();
if (!channel) {
  process.stderr.write(
    'The hardware service is started by the kiosk core, not from a shell. To watch a reader, run "kitdesk-hw monitor".\n',
  );
  process.exit(2);
}

const backend = process.env.KITDESK_HID_BACKEND;
const hid = createNodeHidTransport(backend === 'libusb' || backend === 'hidraw' ? backend : undefined);
let host: ServiceHost | null = null;
const manager = new DeviceManager({ emit: (event) => host?.reply(event), hid, listSerialPorts });
host = new ServiceHost(
  (m) => channel.send(m),
  manager,
  () => process.exit(0),
);

channel.onMessage((message) => void host.handle(message));
channel.onDisconnect(() => {
  void manager.stop().finally(() => process.exit(0));
});
host.reply({ type: 'ready', pid: process.pid, ts: Date.now() });
