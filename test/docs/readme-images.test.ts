/**
 * The README's pictures (issue 17): every image it shows exists, is a PNG under 300 KB, and the
 * convocation pictures `npm run screenshots` writes are the ones it shows, at 1366×768.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { IMAGES, IMAGES_DIR, isConvocationPdf } from '../../scripts/screenshots';

const ROOT = path.resolve(__dirname, '../..');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const shown = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking its signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('README images', () => {
  it('every image the README shows exists and weighs under 300 KB', () => {
    expect(shown.length).toBeGreaterThan(0);
    for (const image of shown) {
      const size = statSync(path.join(ROOT, image)).size;
      expect({ image, small: size < 300 * 1024 }).toEqual({ image, small: true });
    }
  });

  it('shows the convocation e-mail and its PDF that `npm run screenshots` writes, at 1366×768', () => {
    for (const name of Object.values(IMAGES)) {
      const file = path.join(IMAGES_DIR, name);
      expect(shown).toContain(path.relative(ROOT, file));
      expect(pngSize(file)).toEqual({ width: 1366, height: 768 });
    }
  });

  it('recognises a convocation PDF by its attachment name', () => {
    expect(isConvocationPdf('Convocation – Séminaire 3 – Hugo Leroy.pdf')).toBe(true);
    expect(isConvocationPdf('Attestation de présence – Séminaire 3 – Hugo Leroy.pdf')).toBe(false);
    expect(isConvocationPdf('invitation.ics')).toBe(false);
    expect(isConvocationPdf(undefined)).toBe(false);
  });
});
