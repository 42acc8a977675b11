"""Start-up: the one way the CLI, the GUI and the test fixture open a workspace for use.

The workspace module knows folders, locks and the schema; what a workspace starts
with (the embedded default plan) is decided here, so workspace.py never imports
plan.py.
"""

from __future__ import annotations

import os

from sqlalchemy import select

from ledcast.core import plan as plan_mod
from ledcast.core.db.models import Plan
from ledcast.core.workspace import Workspace, open_workspace


def seed_default_plan(ws: Workspace) -> None:
    """Load the embedded default plan into a workspace that has no plan at all."""
    with ws.session() as s:
        if s.scalar(select(Plan.id).limit(1)) is not None:
            return
    plan_mod.import_plan(ws, plan_mod.default_plan_path())


def open_for_use(root: str | os.PathLike[str] | None = None) -> Workspace:
    """Open (creating, upgrading and cleaning as needed) a workspace, seeded with the
    default plan when it has none. A new one is seeded before it is renamed into place."""
    return open_workspace(root, seed=seed_default_plan)
