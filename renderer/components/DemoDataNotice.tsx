import { plural } from '../format/format';
import type { DemoWorkspaceDescription } from '../worker/workerEngineApi';
import { Icon } from './Icon';
import './Demo.css';

export interface DemoDataNoticeProps {
  readonly demo: DemoWorkspaceDescription;
  readonly onAbout: () => void;
}

/** Stays above the workspace while the demo is open: its data is synthetic, not intelligence. */
export function DemoDataNotice({ demo, onAbout }: DemoDataNoticeProps) {
  const schemes = demo.plantedSchemes.length;
  return (
    <div className="demo-notice" role="note" aria-label="Synthetic demo data">
      <Icon name="flask" size={14} />
      <span className="demo-notice__message">
        <strong>Synthetic demo data.</strong> The traders, shipments and intelligence in this workspace are generated, not real;{' '}
        {plural(schemes, 'smuggling scheme')} {schemes === 1 ? 'is' : 'are'} planted among its {plural(demo.manifestLines, 'manifest line')}.
      </span>
      <button type="button" className="button button--small" onClick={onAbout}>
        About the demo…
      </button>
    </div>
  );
}
