import { useCallback, useEffect, useState } from 'react';

export type Theme = 'light' | 'dark';

export const themeStorageKey = 'manifest-lens.theme';
const darkQuery = '(prefers-color-scheme: dark)';

/**
 * Light or dark: the analyst's choice when they made one (kept in localStorage), otherwise the
 * system's preference, followed live. The theme is applied as `data-theme` on the root element,
 * which selects the CSS variables.
 */
export function useTheme(): { readonly theme: Theme; readonly toggleTheme: () => void } {
  const [chosen, setChosen] = useState<Theme | null>(readStoredTheme);
  const [system, setSystem] = useState<Theme>(systemTheme);

  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return undefined;
    const query = window.matchMedia(darkQuery);
    const update = () => setSystem(query.matches ? 'dark' : 'light');
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);

  const theme = chosen ?? system;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const toggleTheme = useCallback(() => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    setChosen(next);
    try {
      localStorage.setItem(themeStorageKey, next);
    } catch {
      // Storage can be unavailable (private windows, policies); the choice then lasts this session.
    }
  }, [theme]);

  return { theme, toggleTheme };
}

function readStoredTheme(): Theme | null {
  try {
    const stored = localStorage.getItem(themeStorageKey);
    return stored === 'light' || stored === 'dark' ? stored : null;
  } catch {
    return null;
  }
}

function systemTheme(): Theme {
  return typeof window.matchMedia === 'function' && window.matchMedia(darkQuery).matches ? 'dark' : 'light';
}
