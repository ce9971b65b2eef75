/**
 * The school the end-to-end tests run against, made through the central API as an admin would: a light
 * kit of three tagged parts and two accessories, a camera, a high-value cinema camera, a "cannot lend"
 * monitor, a pupil, a barred pupil and a teacher, and a sound kit another pupil (with an email address, for
 * reminders) borrowed nine and a half days ago (lent through POST /loans with the server's clock turned
 * back), "3 days late" at the desk.
 */
import type { Central } from '../../integration/support/central.js';
import type { ServerClock } from './server-clock.js';

const DAY_MS = 24 * 60 * 60 * 1000;

type Created = { id: string };
export type SchoolAsset = { id: string; name: string; barcode: string };
export type SchoolPerson = { id: string; name: string; rfid: string };
export type SchoolItem = { id: string; name: string };

export async function seedE2eSchool(central: Central, clock: ServerClock) {
  const post = <T = Created>(path: string, body: unknown) => central.api<T>('POST', path, body);
  const asset = async (body: { name: string; barcode: string } & Record<string, unknown>) => {
    const { id } = await post('/assets', body);
    return { id, name: body.name, barcode: body.barcode };
  };
  const personOf = async (body: { name: string; rfid: string } & Record<string, unknown>) => {
    const { id } = await post('/people', { department: 'Media Studies', school: 'Belmont', ...body });
    return { id, name: body.name, rfid: body.rfid };
  };
  const accessory = async (groupId: string, name: string) => {
    const { id } = await post(`/groups/${groupId}/items`, { name });
    return { id, name };
  };

  const desk = await post('/locations', { name: 'AV office' });
  const dramaStudio = await post('/locations', { name: 'Drama studio' });

  const lightKit = await post('/groups', { name: 'Aperture LS 300D' });
  const members = [
    await asset({ name: 'LS 300D light', barcode: 'KD-00101', groupId: lightKit.id }),
    await asset({ name: 'Yoke', barcode: 'KD-00102', groupId: lightKit.id }),
    await asset({ name: 'Power adapter', barcode: 'KD-00103', groupId: lightKit.id }),
  ];
  const items = [await accessory(lightKit.id, 'Power cable'), await accessory(lightKit.id, 'Reflector')];
  const camera = await asset({
    name: 'Canon EOS R50',
    barcode: 'KD-00001',
    rfid: 'E2000017221101441890AB01',
    estimatedValuePence: 65_000,
  });
  const cinema = await asset({
    name: 'Blackmagic Pocket 6K',
    barcode: 'KD-00002',
    estimatedValuePence: 150_000,
  });
  const monitor = await asset({ name: 'Studio monitor', barcode: 'KD-00003', cannotLend: true });

  const pupil = await personOf({ name: 'Amira Khan', rfid: '67003B51C6' });
  const barred = await personOf({ name: 'Tom Reed', rfid: '0F0184F07A', lend: false });
  const teacher = await personOf({ name: 'Ms Okafor', rfid: '4B00423C15', staff: true });
  const jamie = await personOf({ name: 'Jamie Ellis', rfid: '1A00B3C4D5', email: 'jamie.ellis@school.test' });

  const soundKit = await post('/groups', { name: 'Zoom H5 sound' });
  const recorder = await asset({
    name: 'Zoom H5 recorder',
    barcode: 'KD-00201',
    groupId: soundKit.id,
    homeLocationId: dramaStudio.id,
  });
  const mic = await asset({ name: 'Rode NTG shotgun mic', barcode: 'KD-00202', groupId: soundKit.id });
  const windshield = await accessory(soundKit.id, 'Windshield');
  const xlr = await accessory(soundKit.id, 'XLR cable');

  // Lent for the default week, due two and a half days ago: lateness counts part days as whole ones.
  await clock.during(-9.5 * DAY_MS, () =>
    post('/loans', {
      borrower: { personId: jamie.id },
      items: [{ assetId: recorder.id }, { assetId: mic.id }],
      confirmedGroupItemIds: [windshield.id, xlr.id],
    }),
  );

  return {
    deskLocationId: desk.id,
    members,
    items,
    camera,
    cinema,
    monitor,
    pupil,
    barred,
    teacher,
    jamie,
    recorder,
    mic,
    windshield,
    xlr,
  };
}

export type E2eSchool = Awaited<ReturnType<typeof seedE2eSchool>>;
