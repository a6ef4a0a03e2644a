#!/usr/bin/env python3
"""Patches an installed s3rver 3.7.1 (the S3-compatible server the tests use) so it behaves like S3 where our storage
backend depends on it. Idempotent: every change is marked and applied once.

1. AbortMultipartUpload (DELETE /bucket/key?uploadId=...) is routed (3.7.1 answers 405) and removes the upload's parts.
2. CompleteMultipartUpload answers NoSuchUpload for an upload that was completed or aborted, and checks every listed
   part exists with the given ETag (3.7.1 trusts the list), answering InvalidPart like S3; a refused completion leaves
   the upload in place instead of half-assembled.
3. A ranged GET of an empty object answers InvalidRange (416) like S3; 3.7.1 answers 206 with a one-byte length and
   no body, which leaves the client waiting for a byte that never comes.
"""
import pathlib
import sys

root = pathlib.Path(sys.argv[1]) / "lib"


def patch(path: pathlib.Path, name: str, old: str, new: str) -> None:
    """Replaces the first `old` with `new`, behind a marker naming the patch; does nothing if the marker is there."""
    marker = f"/* aivideo-patch: {name} */"
    text = path.read_text()
    if marker in text:
        return
    if old not in text:
        sys.exit(f"s3rver patch {name}: expected text not found in {path}; is this s3rver 3.7.1?")
    path.write_text(text.replace(old, marker + "\n" + new, 1))


routes = root / "routes.js"
patch(routes, "abort-route",
      "      case undefined:\n        return objectCtrl.deleteObject(ctx);",
      "      case 'uploadId': return objectCtrl.abortMultipartUpload(ctx);\n      case undefined:\n        return objectCtrl.deleteObject(ctx);")

controller = root / "controllers" / "object.js"
patch(controller, "abort-controller",
      "exports.initiateMultipartUpload = async function initiateMultipartUpload(ctx) {",
      "exports.abortMultipartUpload = async function abortMultipartUpload(ctx) {\n"
      "  await ctx.store.abortUpload(ctx.params.bucket, ctx.query.uploadId);\n"
      "  ctx.status = 204;\n"
      "};\n\n"
      "exports.initiateMultipartUpload = async function initiateMultipartUpload(ctx) {")

store = root / "stores" / "filesystem.js"
patch(store, "abort-and-check-parts",
      "  async putObjectMultipart(bucket, uploadId, parts) {",
      "  async abortUpload(bucket, uploadId) {\n"
      "    await fs.remove(path.join(this.getResourcePath(bucket, undefined, 'uploads'), uploadId));\n"
      "  }\n\n"
      "  async putObjectMultipart(bucket, uploadId, parts) {\n"
      "    if (!(await fs.pathExists(path.join(this.getResourcePath(bucket, undefined, 'uploads'), uploadId)))) {\n"
      "      throw new (require('../models/error'))('NoSuchUpload',\n"
      "        'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.');\n"
      "    }\n"
      "    for (const part of parts) {\n"
      "      const partPath = path.join(this.getResourcePath(bucket, undefined, 'uploads'), uploadId, part.number.toString());\n"
      "      const stored = await fs.readFile(`${partPath}.md5`).then(data => data.toString(), () => null);\n"
      "      if (stored === null || stored !== part.etag) {\n"
      "        throw new (require('../models/error'))('InvalidPart',\n"
      "          'One or more of the specified parts could not be found. The part might not have been uploaded, or the specified entity tag might not have matched the part\\'s entity tag.');\n"
      "      }\n"
      "    }")
patch(store, "empty-object-range",
      "      if (range.start < 0 || Math.min(range.end, lastByte) < range.start) {",
      "      const rangeOfEmpty = Number(metadata['content-length']) === 0 && options && (options.start !== undefined || options.end);\n"
      "      if (rangeOfEmpty || range.start < 0 || Math.min(range.end, lastByte) < range.start) {")
print("s3rver patched")
