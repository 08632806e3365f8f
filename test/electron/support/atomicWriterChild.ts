import { writeFileAtomic } from '../../../electron/node/atomicFile';
import { nodeSha256 } from '../../../electron/node/nodeSha256';
import { encodeWorkspaceFileParts } from '../../../shared/workspace/workspaceFile';

/**
 * A writer to be killed mid-save (test/electron/atomicSaveKill.test.ts): builds a large workspace
 * file (the plain envelope around a deterministic image of MIB mebibytes) and saves it over TARGET
 * with writeFileAtomic, as parts of 1 MiB so the write takes a while. Says "writing <bytes>" on
 * stdout before the save and "saved" after it.
 */
const [target, mebibytes] = [process.argv[2], Number(process.argv[3] ?? '64')];
if (target === undefined) throw new Error('usage: atomicWriterChild TARGET [MIB]');
const image = new Uint8Array(mebibytes * 1024 * 1024);
for (let offset = 0; offset < image.length; offset += 4096) image[offset] = (offset / 4096) & 0xff;
const [header, body, digest] = (await encodeWorkspaceFileParts(image, nodeSha256)) as [Uint8Array, Uint8Array, Uint8Array];
const slices: Uint8Array[] = [header];
for (let offset = 0; offset < body.length; offset += 1024 * 1024) slices.push(body.subarray(offset, offset + 1024 * 1024));
slices.push(digest);
process.stdout.write(`writing ${slices.reduce((total, part) => total + part.length, 0)}\n`);
await writeFileAtomic(target, slices);
process.stdout.write('saved\n');
