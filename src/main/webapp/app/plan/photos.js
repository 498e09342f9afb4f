// Photos from a phone camera are often 3 to 8 MB; Groeipad keeps photos up to 2 MB. Big photos are made
// smaller in the browser (longest side 1600 px, JPEG) before they are sent. The server checks again.
const MAX_BYTES = 2 * 1024 * 1024;
const MAX_SIDE = 1600;

export async function shrink(file) {
  if (file.size <= MAX_BYTES && /^image\/(jpeg|png|webp)$/.test(file.type)) return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close?.();
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    return blob ?? file;
  } catch {
    return file; // the server says what is wrong with it
  }
}
