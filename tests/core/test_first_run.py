"""The first start's record, and the unit above this one as the welcome dialog stores it."""

from __future__ import annotations

import pytest

from ledcast.core.errors import LedcastError
from ledcast.core.first_run import mark_welcome_done, needs_welcome
from ledcast.core.report_letterhead import letterhead
from ledcast.core.units import parent_unit, set_parent_unit, set_self_unit, unit_names


def test_welcome_until_done_or_the_unit_is_set(workspace) -> None:  # type: ignore[no-untyped-def]
    assert needs_welcome(workspace)
    mark_welcome_done(workspace)
    assert not needs_welcome(workspace)


def test_a_workspace_with_its_unit_is_not_welcomed(workspace) -> None:  # type: ignore[no-untyped-def]
    set_self_unit(workspace, "XA-TC", "UBND xã Tân Cương")
    assert not needs_welcome(workspace)


def test_the_unit_above_is_stored_and_named_on_reports(workspace, lang_en) -> None:  # type: ignore[no-untyped-def]
    set_self_unit(workspace, "XA-TC", "UBND xã Tân Cương")
    assert parent_unit(workspace) == (None, "regional_centre")
    set_parent_unit(workspace, "TT-KV1", "Trung tâm Văn hóa - Truyền thông khu vực 1", "regional_centre")
    set_parent_unit(workspace, "TN", "Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên", "province")  # changed
    parent, kind = parent_unit(workspace)
    assert (parent.code, kind) == ("TN", "province")
    assert letterhead(workspace).parent == "Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên"
    assert unit_names(workspace)["XA-TC"] == "UBND xã Tân Cương"  # this unit stays itself
    with pytest.raises(LedcastError, match="cannot be this unit itself"):
        set_parent_unit(workspace, "XA-TC", "Chính nó", "province")
    with pytest.raises(ValueError):
        set_parent_unit(workspace, "TN", "Tỉnh", "district")
