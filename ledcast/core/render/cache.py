"""Content-addressed cache of rendered segments in the workspace.

A segment is keyed by everything that shapes its bytes (source content, size,
fps, fit, frames, trim, fades, encoder settings), so a re-export renders only
what changed and assembles the rest without re-encoding."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


class SegmentCache:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    @staticmethod
    def key(spec: dict[str, Any]) -> str:
        blob = json.dumps(spec, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def path(self, key: str, suffix: str = ".mp4") -> Path:
        return self.root / key[:2] / f"{key}{suffix}"

    def get(self, key: str, suffix: str = ".mp4") -> Path | None:
        p = self.path(key, suffix)
        return p if p.exists() and p.stat().st_size > 0 else None

    def temp_for(self, key: str, suffix: str = ".mp4") -> Path:
        final = self.path(key, suffix)
        final.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".partial-", suffix=suffix, dir=final.parent)
        os.close(fd)
        return Path(tmp)

    def commit(self, tmp: Path, key: str, suffix: str = ".mp4") -> Path:
        final = self.path(key, suffix)
        os.replace(tmp, final)
        return final

    def produce(self, key: str, build: Callable[[Path], None], suffix: str = ".mp4") -> Path:
        """The cached file for `key`, building it into a temporary file first when
        missing: a failed or cancelled build never leaves a half file in the cache."""
        found = self.get(key, suffix)
        if found is not None:
            return found
        tmp = self.temp_for(key, suffix)
        try:
            build(tmp)
            return self.commit(tmp, key, suffix)
        finally:
            tmp.unlink(missing_ok=True)
