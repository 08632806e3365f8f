import type { ProtectiveMarking } from './protectiveMarking';

/**
 * One colour per classification for banners on pages and sheets (the screen's banners use the
 * same in renderer/components/MarkingBanner.css), so a marking is never ambiguous.
 */
export const markingColours: Readonly<Record<ProtectiveMarking, { readonly background: string; readonly text: string }>> = {
  OFFICIAL: { background: '#0C6B3A', text: '#FFFFFF' },
  'OFFICIAL-SENSITIVE': { background: '#1C4F94', text: '#FFFFFF' },
  SECRET: { background: '#B3151B', text: '#FFFFFF' },
  'TOP SECRET': { background: '#F29D12', text: '#1B1300' },
};
