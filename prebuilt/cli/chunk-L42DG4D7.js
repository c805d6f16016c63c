import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  note
} from "./chunk-RYSKVT2F.js";

// dist/src/analyzers/decode-text.js
function skippedNote(reason, text) {
  return note(reason === "too large" ? "too-large" : "skipped-file", text);
}
function decodeBlob(bytes, maxBytes) {
  if (bytes.length > maxBytes)
    return { skipped: "too large" };
  if (bytes[0] === 255 && bytes[1] === 254)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes[0] === 254 && bytes[1] === 255)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  const head = bytes.subarray(0, 8e3);
  if (head.includes(0)) {
    const encoding = utf16WithoutBom(head);
    const text2 = encoding ? new TextDecoder(encoding).decode(bytes) : void 0;
    return text2 !== void 0 && readsAsText(text2) ? { text: text2 } : { skipped: "binary" };
  }
  const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
  return { text };
}
function utf16WithoutBom(head) {
  const units = head.length >> 1;
  if (units < 2)
    return void 0;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let unit = 0; unit < units; unit++) {
    if (head[2 * unit] === 0)
      evenZeros++;
    if (head[2 * unit + 1] === 0)
      oddZeros++;
  }
  if (evenZeros === 0 && oddZeros >= units * 0.6)
    return "utf-16le";
  if (oddZeros === 0 && evenZeros >= units * 0.6)
    return "utf-16be";
  return void 0;
}
function readsAsText(text) {
  const sample = text.slice(0, 4e3);
  let odd = 0;
  for (const char of sample) {
    const code = char.charCodeAt(0);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 || code === 65533)
      odd++;
  }
  return odd <= sample.length * 0.01;
}

export {
  skippedNote,
  decodeBlob
};
