"""The package manifest and the JSON Schemas of every JSON file in a package.

Format version 3 (every package signed by the producing database's key: ``origin`` in the manifest,
``manifest.sig`` beside it; dated progress updates since version 2; see docs/package-format.md). A reader accepts every
version it knows (``KNOWN_VERSIONS``) and refuses a newer one, naming the kh57desk version it needs (``min_app_version`` in the manifest).
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path

import fastjsonschema
import jsonschema

from kh57desk import __version__
from kh57desk.sync.container import PackageError, sha256

FORMAT_NAME = "kh57desk-package"
FORMAT_VERSION = 3
KNOWN_VERSIONS = (1, 2, 3)
MIN_APP_VERSION = __version__  # the first kh57desk that reads format version 3 (origin signatures)
TASKS, REPORT, VERDICT = "tasks", "report", "verdict"
KIND_LABELS = {TASKS: "gói nhiệm vụ", REPORT: "gói báo cáo", VERDICT: "gói kết quả xét báo cáo"}
DATA_FILE = {TASKS: "data/tasks.json", REPORT: "data/report.json", VERDICT: "data/verdict.json"}
SCHEMAS = Path(__file__).resolve().parent / "schemas"


@lru_cache(maxsize=None)
def validator(name: str, version: int = FORMAT_VERSION) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{name}.v{version}.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(_inline_refs(schema, schema.get("$defs", {})))


def _inline_refs(node, defs: dict):
    """Replace local ``{"$ref": "#/$defs/x"}`` by the definition: the same schema, validated
    several times faster (thousands of entries per package)."""
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if ref.startswith("#/$defs/") and len(node) == 1:
            return _inline_refs(defs[ref.removeprefix("#/$defs/")], defs)
        return {k: _inline_refs(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline_refs(v, defs) for v in node]
    return node


@lru_cache(maxsize=None)
def _fast(name: str, version: int = FORMAT_VERSION):
    """The same schema compiled to Python (fastjsonschema): the check every package goes through."""
    schema = dict(validator(name, version).schema)
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"  # the inlined schema uses draft-07 keywords only
    return fastjsonschema.compile(schema)


def check_schema(name: str, data: dict, version: int = FORMAT_VERSION) -> None:
    """Raise ``PackageError`` naming the first place where ``data`` breaks its schema."""
    try:
        _fast(name, version)(data)
        return
    except fastjsonschema.JsonSchemaException:
        pass  # explain it with the reference validator, which gives the best message
    error = jsonschema.exceptions.best_match(validator(name, version).iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(gốc)"
        raise PackageError(f"Tệp {name}.json trong gói không đúng cấu trúc tại '{where}': {error.message[:200]}")


def check_manifest(manifest: dict) -> None:
    """Format name and version first (so a newer format gets the right message), then schema."""
    if manifest.get("format") != FORMAT_NAME:
        raise PackageError("Tệp không phải gói dữ liệu kh57desk (sai tên định dạng).")
    version = manifest.get("format_version")
    if not isinstance(version, int):
        raise PackageError("Gói không ghi phiên bản định dạng; không nhập.")
    if version not in KNOWN_VERSIONS:
        if version > max(KNOWN_VERSIONS):
            needed = manifest.get("min_app_version") or "mới hơn"
            raise PackageError(f"Gói dùng định dạng phiên bản {version}, mới hơn phiên bản kh57desk này "
                               f"({__version__}) đọc được. Cần cập nhật kh57desk lên phiên bản {needed} trở lên.")
        raise PackageError(f"Gói dùng định dạng phiên bản {version} không còn được hỗ trợ.")
    check_schema("manifest", manifest, version)


def build(kind: str, producer: dict, sequence: int, plans: list[str], files: dict[str, bytes],
          recipient: str | None = None, period: str | None = None, *, origin_public: str) -> dict:
    """The manifest of a new package; ``origin_public`` is the producing database's public key
    (``signing.origin``), whose signature over the manifest's bytes goes beside it."""
    manifest = {
        "format": FORMAT_NAME, "format_version": FORMAT_VERSION, "min_app_version": MIN_APP_VERSION,
        "app_version": __version__, "kind": kind, "producer": producer,
        "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "sequence": sequence, "plans": plans,
        "files": [{"path": name, "size": len(data), "sha256": sha256(data)} for name, data in sorted(files.items())],
    }
    if recipient:
        manifest["recipient"] = {"agency": recipient}
    if period:
        manifest["period"] = period
    manifest["origin"] = {"algorithm": "Ed25519", "public_key": origin_public}
    check_manifest(manifest)
    return manifest
