import type { ComponentType } from 'react';
import { AssetListScreen } from '../screens/AssetListScreen.js';
import { AssetPageScreen } from '../screens/AssetPageScreen.js';
import { KitListScreen } from '../screens/kits/KitListScreen.js';
import { KitScreen } from '../screens/kits/KitScreen.js';
import { NewKitScreen } from '../screens/kits/NewKitScreen.js';
import { ReferenceScreen } from '../screens/reference/ReferenceScreen.js';
import { ImportScreen } from '../screens/ImportScreen.js';
import { PeopleListScreen } from '../screens/PeopleListScreen.js';
import { PersonScreen } from '../screens/PersonScreen.js';

/**
 * Every screen of the console, in the order the bar lists them. Paths are relative to /admin (wouter's
 * base), so a screen's address can be bookmarked and reloaded: the API answers index.html for any of them.
 */
export interface ConsoleSection {
  /** The bar's link and the screens under it: "/assets" also owns "/assets/:id". */
  path: string;
  label: string;
  /** Screens of this section: list first, then pages, each a wouter pattern. */
  screens: { pattern: string; component: ComponentType }[];
}

export const consoleSections: ConsoleSection[] = [
  {
    path: '/assets',
    label: 'Assets',
    // "new" before ":id", which would take it for an id.
    screens: [
      { pattern: '/assets', component: AssetListScreen },
      { pattern: '/assets/new', component: AssetPageScreen },
      { pattern: '/assets/:id', component: AssetPageScreen },
    ],
  },
  {
    path: '/kits',
    label: 'Kits',
    // "new" before ":id", or the new-kit page would be read as a kit called "new".
    screens: [
      { pattern: '/kits', component: KitListScreen },
      { pattern: '/kits/new', component: NewKitScreen },
      { pattern: '/kits/:id', component: KitScreen },
    ],
  },
  {
    path: '/reference',
    label: 'Reference data',
    screens: [
      { pattern: '/reference', component: ReferenceScreen },
      { pattern: '/reference/:kind', component: ReferenceScreen },
    ],
  },
  {
    path: '/people',
    label: 'People',
    screens: [
      { pattern: '/people', component: PeopleListScreen },
      // Before "/people/:id", which would otherwise take "new" for an id.
      { pattern: '/people/new', component: PersonScreen },
      { pattern: '/people/:id', component: PersonScreen },
    ],
  },
  {
    path: '/import',
    label: 'Import and export',
    screens: [{ pattern: '/import', component: ImportScreen }],
  },
];

/** Where a signed-in technician lands. */
export const homePath = consoleSections[0]!.path;
