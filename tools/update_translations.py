"""Refresh resources/translations/ledcast_vi.ts from the source with Qt's lupdate.

Run after changing user-facing strings; then fill the new <translation> entries
(unfinished ones are listed) and commit the .ts. The .qm is built at run time.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "ledcast" / "resources" / "translations" / "ledcast_vi.ts"


def lupdate_exe() -> str:
    import PySide6

    return str(Path(PySide6.__file__).parent / "lupdate")


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "ledcast").rglob("*.py") if "migrations" not in p.parts)
    subprocess.run(
        [lupdate_exe(), "-no-obsolete", "-locations", "none", "-target-language", "vi_VN", *sources, "-ts", str(TS)],
        check=True,
    )
    unfinished = [
        m.findtext("source")
        for m in ET.parse(TS).getroot().iter("message")
        if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"
    ]
    for text in unfinished:
        print("unfinished:", text)
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main())
