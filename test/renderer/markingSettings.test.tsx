// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MarkingBanner } from '../../renderer/components/MarkingBanner';
import { WorkspaceSettingsDialog } from '../../renderer/components/WorkspaceSettingsDialog';
import type { WorkspaceSummary } from '../../shared/engine/engineApi';
import { parseMarkingLine } from '../../shared/markings/markingLine';

afterEach(() => cleanup());

const summary = (extra: Partial<WorkspaceSummary> = {}): WorkspaceSummary => ({
  name: 'Operation Harbour',
  marking: 'OFFICIAL-SENSITIVE',
  schemaVersion: 1,
  datasets: [],
  counts: { billsOfLading: 0, manifestLines: 0, partyOccurrences: 0, containers: 0, sourceDocuments: 0 },
  ...extra,
});

describe('the marking banner', () => {
  it('shows the full marking line with its classification colour', () => {
    render(<MarkingBanner marking="SECRET" line={parseMarkingLine('SECRET [PERSONAL] UK EYES ONLY RELEASABLE TO: POLICE, BORDER FORCE')} position="top" />);
    const banner = screen.getByRole('note', { name: 'Protective marking, top' });
    expect(banner.textContent).toBe('SECRET [PERSONAL] | UK EYES ONLY | RELEASABLE TO: POLICE, BORDER FORCE');
    expect(banner.className).toContain('marking-banner--secret');
  });

  it('shows the classification alone when the line is of another classification (never a stale line)', () => {
    render(<MarkingBanner marking="TOP SECRET" line={parseMarkingLine('SECRET UK EYES ONLY')} position="bottom" />);
    expect(screen.getByRole('note', { name: 'Protective marking, bottom' }).textContent).toBe('TOP SECRET');
  });
});

describe('workspace settings', () => {
  it('applies descriptors, caveats and releasability as one marking line', () => {
    const onApply = vi.fn();
    render(<WorkspaceSettingsDialog summary={summary()} onApply={onApply} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Workspace settings' });
    fireEvent.change(within(dialog).getByLabelText('Descriptors, caveats and releasability'), { target: { value: 'commercial | rel to Police, Border Force' } });
    expect(dialog.textContent).toContain('OFFICIAL-SENSITIVE [COMMERCIAL] | RELEASABLE TO: POLICE, BORDER FORCE');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(onApply).toHaveBeenCalledWith({ classification: 'OFFICIAL-SENSITIVE', descriptors: ['COMMERCIAL'], caveats: [], releasableTo: ['POLICE', 'BORDER FORCE'] });
  });

  it('refuses an unreadable line with the reason and keeps Apply disabled', () => {
    const onApply = vi.fn();
    render(<WorkspaceSettingsDialog summary={summary()} onApply={onApply} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Workspace settings' });
    fireEvent.change(within(dialog).getByLabelText('Descriptors, caveats and releasability'), { target: { value: 'FRIENDS ONLY' } });
    expect(within(dialog).getByRole('alert').textContent).toContain("'FRIENDS ONLY' is neither a descriptor");
    expect((within(dialog).getByRole('button', { name: 'Apply' }) as HTMLButtonElement).disabled).toBe(true);
    expect(onApply).not.toHaveBeenCalled();
  });

  it('applies the classification alone when only it changed, keeping the controls', () => {
    const onApply = vi.fn();
    render(<WorkspaceSettingsDialog summary={summary({ markingLine: parseMarkingLine('OFFICIAL-SENSITIVE UK EYES ONLY') })} onApply={onApply} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Workspace settings' });
    expect((within(dialog).getByLabelText('Descriptors, caveats and releasability') as HTMLInputElement).value).toBe('UK EYES ONLY');
    fireEvent.change(within(dialog).getByLabelText('Protective marking'), { target: { value: 'SECRET' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(onApply).toHaveBeenCalledWith('SECRET');
  });
});
