import { isProtectiveMarking, defaultMarking } from '../markings/protectiveMarking';
import type { ProtectiveMarking } from '../markings/protectiveMarking';
import { MarkingLineError, normaliseMarkingLine, parseMarkingLine, plainMarkingLine, renderMarkingLine } from '../markings/markingLine';
import type { MarkingLine } from '../markings/markingLine';
import type { WorkspaceStore } from './workspaceStore';

/**
 * The workspace's protective marking, kept in two settings: `marking` holds the classification
 * (as every version has), `markingLine` the full line in its canonical text (descriptors, caveats,
 * releasability). The classification setting wins when the two disagree, so a host that sets only
 * the classification changes the level and keeps the rest.
 */
export function readWorkspaceMarking(store: WorkspaceStore): MarkingLine {
  const stored = store.getSetting('marking');
  const classification: ProtectiveMarking = isProtectiveMarking(stored) ? stored : defaultMarking;
  const text = store.getSetting('markingLine');
  if (text === undefined) return plainMarkingLine(classification);
  try {
    return { ...parseMarkingLine(text), classification };
  } catch (error) {
    if (error instanceof MarkingLineError) throw new Error(`the workspace's stored protective marking cannot be read: ${error.message}`);
    throw error;
  }
}

/** Sets the classification alone (keeping descriptors, caveats and releasability) or the whole line. */
export function writeWorkspaceMarking(store: WorkspaceStore, marking: ProtectiveMarking | MarkingLine): MarkingLine {
  if (typeof marking === 'string') {
    if (!isProtectiveMarking(marking)) throw new Error(`unknown protective marking: ${String(marking)}`);
    const line = { ...readWorkspaceMarking(store), classification: marking };
    store.setSetting('marking', marking);
    store.setSetting('markingLine', renderMarkingLine(line));
    return line;
  }
  if (typeof marking !== 'object' || marking === null || !isProtectiveMarking(marking.classification)) {
    throw new Error(`unknown protective marking: ${JSON.stringify(marking)}`);
  }
  const line = normaliseMarkingLine(marking);
  // Read back as a check: what is stored must parse to the same line.
  parseMarkingLine(renderMarkingLine(line));
  store.setSetting('marking', line.classification);
  store.setSetting('markingLine', renderMarkingLine(line));
  return line;
}
