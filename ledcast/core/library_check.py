"""`media check`: compare the library's rows with the files in media/ and thumbs/.

Reports rows whose stored file is missing or wrong (size; sha256 with `deep`),
rows whose thumbnail is missing, and files that no row points at. `repair`
removes the files without rows (re-checked under the database write lock, so a
concurrent import cannot lose its file) and redraws missing thumbnails. A row
whose stored file is gone cannot be repaired from the workspace: adding the
original file again restores it. Temporaries (names starting with a dot, e.g.
`.incoming-…` of an import running now) are left alone.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ledcast.core import library
from ledcast.core.db.models import Media
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.jobs import CancelCheck, Cancelled, Progress, check, counted, scaled
from ledcast.core.shared_store import file_sha256
from ledcast.core.workspace import Workspace

log = logging.getLogger(__name__)

R_FILE_MISSING = QT_TRANSLATE_NOOP("Errors", "stored file missing: add the original file “{name}” again to restore it")
R_FILE_SIZE = QT_TRANSLATE_NOOP(
    "Errors", "stored file has the wrong size ({size} bytes, {expected} expected): add the original file again"
)
R_FILE_HASH = QT_TRANSLATE_NOOP(
    "Errors", "stored file content differs from what was imported: add the original file again"
)
R_THUMB_MISSING = QT_TRANSLATE_NOOP("Errors", "thumbnail missing (repair draws it again)")


@dataclass
class RowProblem:
    media_id: int
    title: str
    path: str  # workspace-relative
    reason: LedcastError  # carries the translatable text and its fields

    @property
    def repairable(self) -> bool:
        return self.reason.template == R_THUMB_MISSING


@dataclass
class CheckReport:
    items: int = 0
    bad_files: list[RowProblem] = field(default_factory=list)  # missing or wrong: re-add the original
    missing_thumbs: list[RowProblem] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)  # workspace-relative files without a row
    repaired_thumbs: list[int] = field(default_factory=list)  # media ids whose thumbnail was drawn again
    removed: list[str] = field(default_factory=list)  # orphan files removed by repair
    repair_failed: list[RowProblem] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.bad_files or self.missing_thumbs or self.orphans)

    @property
    def repairable(self) -> bool:
        return bool(self.missing_thumbs or self.orphans)


def _file_problem(ws: Workspace, m: Media, deep: bool, cancel: CancelCheck | None) -> LedcastError | None:
    try:
        path = ws.media_file(m)  # fetched from the shared media store when missing here
        size = path.stat().st_size
    except LedcastError as exc:
        return exc
    except OSError:
        return LedcastError(R_FILE_MISSING, name=m.original_name or m.title)
    if size != m.size_bytes:
        return LedcastError(R_FILE_SIZE, size=size, expected=m.size_bytes)
    if deep and file_sha256(path, cancel) != m.sha256:
        return LedcastError(R_FILE_HASH)
    return None


def _files_on_disk(ws: Workspace) -> list[str]:
    """Workspace-relative stored files and thumbnails, temporaries (dot names) left out."""
    found: list[str] = []
    for folder in (ws.media_dir, ws.thumbs_dir):
        if not folder.is_dir():
            continue
        for p in sorted(folder.rglob("*")):
            rel = p.relative_to(ws.root)
            if any(part.startswith(".") for part in rel.parts) or not p.is_file():
                continue
            found.append(rel.as_posix())
    return found


def check_library(
    ws: Workspace, *, deep: bool = False, progress: Progress | None = None, cancel: CancelCheck | None = None
) -> CheckReport:
    """Compare rows and files. Reads only (but a stored file missing here is fetched from the shared media
    store when one is set, see core.shared_store); `deep` also re-hashes every stored file."""
    with ws.session() as s:
        rows = list(s.scalars(select(Media).order_by(Media.id)))
    report = CheckReport(items=len(rows))
    referenced: set[str] = set()
    step = counted(progress, len(rows))
    for i, m in enumerate(rows):
        check(cancel)
        step(i, m.title)
        referenced.add(m.store_path)
        if m.thumb_path:
            referenced.add(m.thumb_path)
        problem = _file_problem(ws, m, deep, cancel)
        if problem is not None:
            report.bad_files.append(RowProblem(m.id, m.title, m.store_path, problem))
        if m.thumb_path and not ws.path(m.thumb_path).is_file():
            report.missing_thumbs.append(RowProblem(m.id, m.title, m.thumb_path, LedcastError(R_THUMB_MISSING)))
    # Files listed after the rows were read: a file an import moved in since then
    # may look orphaned here, which is why repair checks again under the lock.
    report.orphans = [rel for rel in _files_on_disk(ws) if rel not in referenced]
    step(len(rows), "")
    return report


def repair_library(
    ws: Workspace,
    report: CheckReport | None = None,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> CheckReport:
    """Remove files without rows and redraw missing thumbnails (of items whose
    stored file is sound); returns the check it acted on, with what it did."""
    if report is None:  # the check is the first half of the job
        report = check_library(ws, progress=scaled(progress, 0.0, 0.5), cancel=cancel)
        progress = scaled(progress, 0.5, 0.5)
    report.removed = library.remove_unreferenced(ws, report.orphans)
    bad_ids = {p.media_id for p in report.bad_files}
    todo = [p for p in report.missing_thumbs if p.media_id not in bad_ids]
    step = counted(progress, len(todo))
    for i, problem in enumerate(todo):
        check(cancel)
        step(i, problem.title)
        try:
            media = library.get_media(ws, problem.media_id)
            if library.restore_thumbnail(ws, media, cancel):
                report.repaired_thumbs.append(problem.media_id)
        except Cancelled:
            raise
        except LedcastError as exc:
            report.repair_failed.append(RowProblem(problem.media_id, problem.title, problem.path, exc))
        except Exception as exc:  # noqa: BLE001 - one item's fault must not stop the others
            log.error("redrawing the thumbnail of %s failed", problem.media_id, exc_info=exc)
            report.repair_failed.append(
                RowProblem(
                    problem.media_id,
                    problem.title,
                    problem.path,
                    LedcastError(library.M_UNEXPECTED, type=type(exc).__name__, detail=str(exc)[:200]),
                )
            )
    step(len(todo), "")
    return report


def report_to_dict(r: CheckReport, translate: Any = None) -> dict[str, Any]:
    def row(p: RowProblem) -> dict[str, Any]:
        return {"id": p.media_id, "title": p.title, "path": p.path, "problem": p.reason.message(translate)}

    return {
        "items": r.items,
        "clean": r.clean,
        "bad_files": [row(p) for p in r.bad_files],
        "missing_thumbnails": [row(p) for p in r.missing_thumbs],
        "orphans": r.orphans,
        "removed": r.removed,
        "repaired_thumbnails": r.repaired_thumbs,
        "repair_failed": [row(p) for p in r.repair_failed],
    }
