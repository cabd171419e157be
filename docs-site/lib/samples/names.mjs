// Casing rules the SDKs apply to spec names, as each generator does it (the compile test of
// test/docs proves they agree with the built SDKs).
import { pascal } from '../../../generators/lib/sdk-names.mjs';

export { pascal };

const words = (s) => String(s).split(/[^A-Za-z0-9]+/).filter(Boolean);

/** `roleId` → `role_id`, `Last-Event-ID` → `last_event_id`, `durationSeconds` → `duration_seconds`. */
export function snake(name) {
  return words(name)
    .map((w) => w.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2'))
    .join('_')
    .toLowerCase();
}

/** An enum constant in Java and Python: `3d_render` → `_3D_RENDER`, `AES-256-GCM` → `AES_256_GCM`. */
export function upperSnake(value, digitPrefix = '_') {
  const s = snake(value).toUpperCase();
  return /^[0-9]/.test(s) ? digitPrefix + s : s;
}

/** An enum constant in C#: `pixel_art` → `PixelArt`, `3d_render` → `_3dRender`, `AES-256-GCM` → `AES256GCM`. */
export function csharpConstant(value) {
  const s = words(value).map(pascal).join('');
  return /^[0-9]/.test(s) ? '_' + s : s;
}

/** A property in C#: `durationSeconds` → `DurationSeconds`, `If-Match` → `IfMatch`. */
export function csharpProperty(name) {
  return words(name).map((w, i) => (i === 0 ? pascal(w) : pascal(w.toLowerCase()))).join('');
}
