import { useEffect, useEffectEvent } from 'react';

/** True when the key belongs to what has the focus: typing in a field, or a dialog or an inert part of the page. */
export function keyBelongsElsewhere(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('[role="dialog"], dialog, [inert]')) return true;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}

/**
 * Keyboard shortcuts of a view, listened for on the whole document while `active`: the handler
 * returns true when it used the key (its default action is then prevented). Keys typed in a
 * field, in a dialog or in an inert part of the page are left alone.
 */
export function useKeyboardShortcuts(active: boolean, onKey: (event: KeyboardEvent) => boolean): void {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || keyBelongsElsewhere(event)) return;
    if (onKey(event)) event.preventDefault();
  });
  useEffect(() => {
    if (!active) return undefined;
    const listener = (event: KeyboardEvent) => handle(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [active]);
}
