import type { Notice } from '../hooks/useWorkstation';
import { Icon } from './Icon';
import './NoticeBar.css';

/** The latest message for the analyst; errors are announced assertively. */
export function NoticeBar({ notice, onDismiss }: { readonly notice: Notice; readonly onDismiss: () => void }) {
  return (
    <div className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span className="notice__message">{notice.message}</span>
      <button type="button" className="icon-button" onClick={onDismiss} aria-label="Dismiss message">
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}
