import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  runGit
} from "./chunk-SHS6TC54.js";
import {
  fail,
  ok
} from "./chunk-JDFRV7HZ.js";

// dist/src/analyzers/decode-text.js
function decodeBlob(bytes, maxBytes) {
  if (bytes.length > maxBytes)
    return { skipped: "too large" };
  if (bytes[0] === 255 && bytes[1] === 254)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes[0] === 254 && bytes[1] === 255)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  const head = bytes.subarray(0, 8e3);
  if (head.includes(0))
    return { skipped: "binary" };
  const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
  return { text };
}

// dist/src/git/blobs.js
function readBlobs(cwd, shas) {
  const listed = readObjectsInOrder(cwd, shas);
  if (!listed.ok)
    return listed;
  const blobs = /* @__PURE__ */ new Map();
  listed.value.forEach((bytes, index) => {
    if (bytes)
      blobs.set(shas[index], bytes);
  });
  return ok(blobs);
}
function readObjectsInOrder(cwd, names) {
  const shas = names;
  const blobs = [];
  if (shas.length === 0)
    return ok(blobs);
  const batch = runGit(["cat-file", "--batch", "--buffer"], { cwd, input: `${shas.join("\n")}
` });
  if (!batch.ok)
    return batch;
  return parseBatchOutput(batch.value.stdout, shas.length);
}
function parseBatchOutput(out, count) {
  const blobs = [];
  let at = 0;
  while (at < out.length) {
    const headerEnd = out.indexOf(10, at);
    if (headerEnd === -1)
      break;
    const header = out.toString("latin1", at, headerEnd).split(" ");
    at = headerEnd + 1;
    if (header[1] === "missing" || header[1] === "ambiguous") {
      blobs.push(void 0);
      continue;
    }
    const size = Number(header[2]);
    if (!Number.isFinite(size))
      return fail({
        code: "GIT_FAILED",
        message: `unexpected 'git cat-file' header: ${header.join(" ").slice(0, 80)}`,
        fix: "report this with your git version"
      });
    blobs.push(out.subarray(at, at + size));
    at += size + 1;
  }
  while (blobs.length < count)
    blobs.push(void 0);
  return ok(blobs);
}
function readBlobSizes(cwd, shas) {
  const sizes = /* @__PURE__ */ new Map();
  if (shas.length === 0)
    return ok(sizes);
  const batch = runGit(["cat-file", "--batch-check", "--buffer"], { cwd, input: `${shas.join("\n")}
` });
  if (!batch.ok)
    return batch;
  for (const line of batch.value.stdout.toString("latin1").split("\n")) {
    const [sha, type, size] = line.split(" ");
    if (sha && type === "blob")
      sizes.set(sha, Number(size));
  }
  return ok(sizes);
}

export {
  decodeBlob,
  readBlobs,
  readObjectsInOrder,
  parseBatchOutput,
  readBlobSizes
};
