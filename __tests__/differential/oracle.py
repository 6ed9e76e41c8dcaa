"""Reference readers for the differential suite: what OpenSSL (through Python's ssl, as libpq,
Node and the mysql clients load a CA file) and PyYAML/Python itself hand a TLS client.

Input (stdin): a JSON list of {"file": path, "kind": "pem" | "k8s" | "python"}.
Output (stdout): a JSON object: path -> {"ok": bool, "x509": n, "ca": [sha256...]} or {"ok": false, "error": text}.
  pem     load_verify_locations(cafile=path)
  k8s     every Secret data / ConfigMap binaryData value base64-decoded, and stringData / data text,
          each loaded with load_verify_locations(cadata=...); results merged (all values must load)
  python  exec the file, load its module-level CA string with load_verify_locations(cadata=CA)
"""
import base64, hashlib, json, ssl, sys

def load(**kw):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(**kw)
    ders = ctx.get_ca_certs(binary_form=True)
    return {"ok": True, "x509": ctx.cert_store_stats()["x509"], "ca": sorted(hashlib.sha256(d).hexdigest() for d in ders)}

SECTIONS = {"Secret": [("data", True), ("stringData", False)], "ConfigMap": [("binaryData", True), ("data", False)]}

def k8s(path):
    import yaml
    merged = {"ok": True, "x509": 0, "ca": []}
    with open(path) as f:
        for doc in yaml.safe_load_all(f):
            for section, encoded in SECTIONS.get(doc.get("kind") if isinstance(doc, dict) else None, []):
                for value in (doc.get(section) or {}).values():
                    text = base64.b64decode(value).decode("latin1") if encoded else value
                    if "-----BEGIN" not in text:
                        continue
                    try:
                        got = load(cadata=text)
                    except ssl.SSLError:
                        merged["ok"] = False
                        continue
                    merged["x509"] += got["x509"]
                    merged["ca"] = sorted(set(merged["ca"]) | set(got["ca"]))
    return merged

def python(path):
    scope = {}
    with open(path) as f:
        exec(compile(f.read(), path, "exec"), scope)
    return load(cadata=scope["CA"])

out = {}
for item in json.load(sys.stdin):
    try:
        out[item["file"]] = {"pem": lambda p: load(cafile=p), "k8s": k8s, "python": python}[item["kind"]](item["file"])
    except (ssl.SSLError, ValueError) as error:
        out[item["file"]] = {"ok": False, "error": str(error)}
print(json.dumps(out))
