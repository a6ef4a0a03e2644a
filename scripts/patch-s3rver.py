#!/usr/bin/env python3
"""Patches an installed s3rver 3.7.1 (the S3-compatible server the tests use) so it behaves like S3 where our storage
backend depends on it. Idempotent: every change is marked and applied once.

1. AbortMultipartUpload (DELETE /bucket/key?uploadId=...) is routed (3.7.1 answers 405) and removes the upload's parts.
2. CompleteMultipartUpload answers NoSuchUpload for an upload that was completed or aborted, and checks every listed
   part exists with the given ETag (3.7.1 trusts the list), answering InvalidPart like S3; a refused completion leaves
   the upload in place instead of half-assembled.
3. A ranged GET of an empty object answers InvalidRange (416) like S3; 3.7.1 answers 206 with a one-byte length and
   no body, which leaves the client waiting for a byte that never comes.
4. Presigned (query-string) SigV4 URLs are verified like S3 (3.7.1 accepts any v4 signature): the canonical request
   over the method, path, query and every signed header (host, content-length, if-none-match, ...) with an unsigned
   payload, signed with the access key's secret; a mismatch is 403 SignatureDoesNotMatch. So a URL signed for a
   Content-Length stores no body of another length. CORS preflights are not verified (S3 does not).
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
authentication = root / "middleware" / "authentication.js"
patch(authentication, "verify-query-v4",
      """    } else if (signature.version === 4) {
      // Signature version 4 calculation is unimplemeneted
      ctx.state.account = account;
    }""",
      """    } else if (signature.version === 4) {
      if (mechanisms.queryV4 && ctx.method !== 'OPTIONS') {
        const calculated = aivideoQueryV4Signature(ctx, account.accessKeys.get(signature.accessKeyId));
        stringToSign = calculated.stringToSign;
        if (calculated.signature === signatureProvided) {
          ctx.state.account = account;
        }
      } else {
        // Header-signed requests (the services' own SDK calls) stay unverified, as in 3.7.1.
        ctx.state.account = account;
      }
    }""")
patch(authentication, "query-v4-signature",
      "function parseQueryV2(query) {",
      r"""// SigV4 of a presigned request as S3 computes it (UNSIGNED-PAYLOAD, the path and query as the client sent them).
function aivideoQueryV4Signature(ctx, secret) {
  const crypto = require('crypto');
  const url = ctx.req.url;
  const at = url.indexOf('?');
  const rawPath = at < 0 ? url : url.slice(0, at);
  const rawQuery = at < 0 ? '' : url.slice(at + 1);
  const encode = text => encodeURIComponent(text).replace(/[!'()*]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  const pairs = rawQuery.split('&').filter(Boolean).map(pair => {
    const eq = pair.indexOf('=');
    return eq < 0 ? [decodeURIComponent(pair), ''] : [decodeURIComponent(pair.slice(0, eq)), decodeURIComponent(pair.slice(eq + 1))];
  });
  const params = Object.fromEntries(pairs);
  const query = pairs.filter(([name]) => name !== 'X-Amz-Signature')
    .map(([name, value]) => [encode(name), encode(value)])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([name, value]) => name + '=' + value)
    .join('&');
  const signedHeaders = params['X-Amz-SignedHeaders'] || '';
  const headers = signedHeaders.split(';').filter(Boolean)
    .map(name => name + ':' + String(ctx.req.headers[name] === undefined ? '' : ctx.req.headers[name]).trim().replace(/\s+/g, ' ') + '\n')
    .join('');
  const canonicalRequest = [ctx.method, rawPath, query, headers, signedHeaders, 'UNSIGNED-PAYLOAD'].join('\n');
  const [, date, region, service] = String(params['X-Amz-Credential'] || '').split('/');
  const scope = [date, region, service, 'aws4_request'].join('/');
  const stringToSign = ['AWS4-HMAC-SHA256', params['X-Amz-Date'], scope,
    crypto.createHash('sha256').update(canonicalRequest).digest('hex')].join('\n');
  const hmac = (key, data) => crypto.createHmac('sha256', key).update(data).digest();
  const signingKey = hmac(hmac(hmac(hmac('AWS4' + (secret || ''), date || ''), region || ''), service || ''), 'aws4_request');
  return { stringToSign, signature: crypto.createHmac('sha256', signingKey).update(stringToSign).digest('hex') };
}

function parseQueryV2(query) {""")

print("s3rver patched")
