/** What an AV department owns: the models the demo school's assets are made from. */
export type AssetTypeName =
  | 'Camera'
  | 'Camcorder'
  | 'Lens'
  | 'Lighting'
  | 'Audio recorder'
  | 'Microphone'
  | 'Laptop'
  | 'Tripod'
  | 'Gimbal'
  | 'Projector';

/** Loan period per type in hours: laptops come back the next day, tripods within the week. */
export const assetTypes: Record<AssetTypeName, { loanPeriodHours: number; description: string }> = {
  Camera: { loanPeriodHours: 72, description: 'Stills and video cameras' },
  Camcorder: { loanPeriodHours: 72, description: 'Handheld video cameras' },
  Lens: { loanPeriodHours: 72, description: 'Interchangeable lenses' },
  Lighting: { loanPeriodHours: 72, description: 'LED panels, COB lights and stands' },
  'Audio recorder': { loanPeriodHours: 72, description: 'Field recorders' },
  Microphone: { loanPeriodHours: 72, description: 'Shotgun, lavalier and handheld microphones' },
  Laptop: { loanPeriodHours: 24, description: 'Editing laptops' },
  Tripod: { loanPeriodHours: 168, description: 'Tripods, monopods and light stands' },
  Gimbal: { loanPeriodHours: 72, description: 'Stabilisers' },
  Projector: { loanPeriodHours: 48, description: 'Portable projectors' },
};

export type Model = {
  name: string;
  manufacturer: string;
  modelId: string;
  type: AssetTypeName;
  valuePence: number;
  colour: string;
  supplier: string;
  /** How many stand-alone units the school owns. */
  units: number;
};

export const models: readonly Model[] = [
  {
    name: 'Canon EOS R50',
    manufacturer: 'Canon',
    modelId: 'R50',
    type: 'Camera',
    valuePence: 65_000,
    colour: 'black',
    supplier: 'CVP',
    units: 40,
  },
  {
    name: 'Sony FX30',
    manufacturer: 'Sony',
    modelId: 'ILME-FX30',
    type: 'Camera',
    valuePence: 180_000,
    colour: 'black',
    supplier: 'CVP',
    units: 8,
  },
  {
    name: 'Blackmagic Pocket 6K',
    manufacturer: 'Blackmagic Design',
    modelId: 'BMPCC6K',
    type: 'Camera',
    valuePence: 150_000,
    colour: 'black',
    supplier: 'Wex',
    units: 6,
  },
  {
    name: 'Panasonic HC-V785',
    manufacturer: 'Panasonic',
    modelId: 'HC-V785',
    type: 'Camcorder',
    valuePence: 35_000,
    colour: 'black',
    supplier: 'Wex',
    units: 30,
  },
  {
    name: 'Canon RF 50mm f/1.8',
    manufacturer: 'Canon',
    modelId: 'RF50',
    type: 'Lens',
    valuePence: 20_000,
    colour: 'black',
    supplier: 'CVP',
    units: 20,
  },
  {
    name: 'Sigma 18-50mm f/2.8',
    manufacturer: 'Sigma',
    modelId: '18-50 DC DN',
    type: 'Lens',
    valuePence: 45_000,
    colour: 'black',
    supplier: 'CVP',
    units: 12,
  },
  {
    name: 'Aputure Amaran 60x',
    manufacturer: 'Aputure',
    modelId: 'AM60X',
    type: 'Lighting',
    valuePence: 15_000,
    colour: 'grey',
    supplier: 'CVP',
    units: 30,
  },
  {
    name: 'Neewer 660 LED panel',
    manufacturer: 'Neewer',
    modelId: 'NL660',
    type: 'Lighting',
    valuePence: 9_000,
    colour: 'black',
    supplier: 'Amazon',
    units: 25,
  },
  {
    name: 'Zoom H5',
    manufacturer: 'Zoom',
    modelId: 'H5',
    type: 'Audio recorder',
    valuePence: 25_000,
    colour: 'black',
    supplier: 'Thomann',
    units: 20,
  },
  {
    name: 'Rode VideoMic NTG',
    manufacturer: 'RØDE',
    modelId: 'VMNTG',
    type: 'Microphone',
    valuePence: 22_000,
    colour: 'black',
    supplier: 'Thomann',
    units: 30,
  },
  {
    name: 'Sennheiser XSW-D lavalier set',
    manufacturer: 'Sennheiser',
    modelId: 'XSW-D',
    type: 'Microphone',
    valuePence: 40_000,
    colour: 'black',
    supplier: 'Thomann',
    units: 20,
  },
  {
    name: 'Shure SM58',
    manufacturer: 'Shure',
    modelId: 'SM58',
    type: 'Microphone',
    valuePence: 9_900,
    colour: 'silver',
    supplier: 'Thomann',
    units: 25,
  },
  {
    name: 'MacBook Air 13"',
    manufacturer: 'Apple',
    modelId: 'MBA13-M3',
    type: 'Laptop',
    valuePence: 110_000,
    colour: 'silver',
    supplier: 'Jigsaw24',
    units: 30,
  },
  {
    name: 'Dell Latitude 5440',
    manufacturer: 'Dell',
    modelId: 'LAT5440',
    type: 'Laptop',
    valuePence: 85_000,
    colour: 'grey',
    supplier: 'XMA',
    units: 30,
  },
  {
    name: 'Manfrotto 190 tripod',
    manufacturer: 'Manfrotto',
    modelId: 'MT190XPRO3',
    type: 'Tripod',
    valuePence: 18_000,
    colour: 'black',
    supplier: 'Wex',
    units: 40,
  },
  {
    name: 'Benro monopod',
    manufacturer: 'Benro',
    modelId: 'A38FD',
    type: 'Tripod',
    valuePence: 9_000,
    colour: 'black',
    supplier: 'Wex',
    units: 14,
  },
  {
    name: 'DJI RS 3 Mini',
    manufacturer: 'DJI',
    modelId: 'RS3M',
    type: 'Gimbal',
    valuePence: 28_000,
    colour: 'black',
    supplier: 'Wex',
    units: 14,
  },
  {
    name: 'Epson EF-11',
    manufacturer: 'Epson',
    modelId: 'EF-11',
    type: 'Projector',
    valuePence: 80_000,
    colour: 'white',
    supplier: 'XMA',
    units: 11,
  },
];

/** Kits: tagged members (models) and the untagged accessories on their checklist. */
export const kitTemplates: readonly {
  name: string;
  members: readonly string[];
  items: readonly string[];
  count: number;
}[] = [
  {
    name: 'Interview sound kit',
    members: ['Zoom H5', 'Sennheiser XSW-D lavalier set', 'Rode VideoMic NTG'],
    items: ['XLR cable', 'Windshield', 'Carry case'],
    count: 8,
  },
  {
    name: 'Aputure LS 300D lighting kit',
    members: ['Aputure LS 300D light', 'Light stand', 'Power adapter'],
    items: ['Power cable', 'Reflector', 'Bowens softbox'],
    count: 6,
  },
  {
    name: 'Vlogging kit',
    members: ['Canon EOS R50', 'Rode VideoMic NTG', 'Manfrotto PIXI mini tripod'],
    items: ['64 GB SD card', 'Spare battery', 'Charger'],
    count: 10,
  },
  {
    name: 'Gimbal kit',
    members: ['DJI RS 3 Mini', 'Phone holder'],
    items: ['USB-C cable', 'Carry case'],
    count: 6,
  },
];

/** Kit members that are not stand-alone models: their own value and type. */
export const kitOnlyModels: Record<
  string,
  { type: AssetTypeName; valuePence: number; manufacturer: string }
> = {
  'Aputure LS 300D light': { type: 'Lighting', valuePence: 110_000, manufacturer: 'Aputure' },
  'Light stand': { type: 'Tripod', valuePence: 6_000, manufacturer: 'Manfrotto' },
  'Power adapter': { type: 'Lighting', valuePence: 8_000, manufacturer: 'Aputure' },
  'Manfrotto PIXI mini tripod': { type: 'Tripod', valuePence: 2_500, manufacturer: 'Manfrotto' },
  'Phone holder': { type: 'Gimbal', valuePence: 3_000, manufacturer: 'DJI' },
};
