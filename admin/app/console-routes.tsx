import type { ComponentType } from 'react';
import { AssetListScreen } from '../screens/AssetListScreen.js';
import { AssetPageScreen } from '../screens/AssetPageScreen.js';

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
];

/** Where a signed-in technician lands. */
export const homePath = consoleSections[0]!.path;
