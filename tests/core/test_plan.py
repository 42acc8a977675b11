"""Plans are data: the embedded default plan, import/export, validation, edits."""

from __future__ import annotations

import copy
import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest

from ledcast.core import errors, library
from ledcast.core import plan as plan_mod
from ledcast.core.errors import PlanError

DEFAULT_CODE = "TN-CDS-2024-2025"


def _doc(ws) -> dict:  # type: ignore[no-untyped-def]
    return plan_mod.plan_to_dict(plan_mod.get_plan(ws))


def _all_plans(ws) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    return {p.code: plan_mod.plan_to_dict(plan_mod.get_plan(ws, p.code)) for p in plan_mod.list_plans(ws)}


# --- the default plan ------------------------------------------------------------


def test_default_plan_loaded_on_new_workspace(workspace) -> None:
    plans = plan_mod.list_plans(workspace)
    assert [p.code for p in plans] == [DEFAULT_CODE]
    p = plan_mod.get_plan(workspace)
    assert p.code == DEFAULT_CODE
    assert p.active is True
    assert p.period_start == dt.date(2024, 11, 1)
    assert p.period_end == dt.date(2025, 12, 31)
    assert "Thái Nguyên" in p.name and "chuyển đổi số" in p.name

    assert [t.code for t in p.tasks] == [f"NV{i}" for i in range(1, 9)]
    titles = {t.code: t.title for t in p.tasks}
    assert titles["NV1"] == "Phát triển hạ tầng số tỉnh Thái Nguyên"
    assert "tổng đài 1022" in titles["NV2"]
    assert titles["NV2"] == ("Triển khai Hệ thống tổng đài 1022 kết nối người dân với chính quyền tỉnh Thái Nguyên")
    assert "dịch vụ công trực tuyến" in titles["NV3"]
    assert "Camera" in titles["NV4"]
    assert "định danh điện tử" in titles["NV5"]
    assert "bản đồ số" in titles["NV6"]
    assert titles["NV7"] == "Phát triển năng lực số"
    assert "AI" in titles["NV8"]
    assert titles["NV8"] == "Ứng dụng nền tảng AI (khai thác dữ liệu)"
    for t in p.tasks:
        assert unicodedata.is_normalized("NFC", t.title)

    assert [c.code for c in p.content_lines] == [f"1.{i}" for i in range(1, 9)]
    assert [f.code for f in p.forms] == [f"2.{i}" for i in range(1, 8)]


def test_default_plan_targets(workspace) -> None:
    targets = _doc(workspace)["targets"]

    def find(**kw):  # type: ignore[no-untyped-def]
        return [t for t in targets if all(t.get(k) == v for k, v in kw.items())]

    loud = find(channel="loudspeaker")
    assert len(loud) == 1
    assert (loud[0]["scope"], loud[0]["per"], loud[0]["min"], loud[0]["max"]) == ("each_task", "period", 1, 5)

    web = find(channel="website")
    assert len(web) == 1
    assert (web[0]["per"], web[0]["min"], web[0]["max"]) == ("month", 1, 3)

    weekly = find(channel="mass_media", per="week")
    assert weekly, "mass media: 1 article a week, Nov–Dec 2024"
    for t in weekly:
        assert (t["min"], t["max"]) == (1, 1)
        assert (t["start"], t["end"]) == ("2024-11-01", "2024-12-31")

    per_task = find(channel="mass_media", scope="each_task")
    assert len(per_task) == 1
    assert (per_task[0]["min"], per_task[0]["max"]) == (5, 5)
    assert per_task[0]["end"] == "2025-12-31"

    per_event = find(scope="each_event")
    assert len(per_event) == 1
    assert (per_event[0]["per"], per_event[0]["min"], per_event[0]["max"]) == ("event", 1, 2)


def test_default_plan_key_dates(workspace) -> None:
    p = plan_mod.get_plan(workspace)
    days = [(k.day, k.month, k.year) for k in p.key_dates]
    assert days == [(10, 10, None), (31, 12, None)]
    titles = [k.title for k in p.key_dates]
    assert "quốc gia" in titles[0]
    assert "Thái Nguyên" in titles[1]


def test_default_plan_file_matches_db(workspace) -> None:
    """The DB copy of the default plan equals the validated resource file."""
    on_disk = json.loads(plan_mod.default_plan_path().read_text(encoding="utf-8"))
    assert plan_mod.validate(on_disk) == plan_mod.validate(_doc(workspace))


def test_reopen_does_not_duplicate_default_plan(tmp_path: Path) -> None:
    from ledcast.core.startup import open_for_use

    ws = open_for_use(tmp_path / "ws")
    before = _doc(ws)
    ws.close()
    ws = open_for_use(tmp_path / "ws")
    try:
        assert [p.code for p in plan_mod.list_plans(ws)] == [DEFAULT_CODE]
        assert _doc(ws) == before
    finally:
        ws.close()


def test_get_plan_unknown_code(workspace, lang_en) -> None:
    with pytest.raises(PlanError) as ei:
        plan_mod.get_plan(workspace, "NOPE")
    assert ei.value.template == errors.M_PLAN_NOT_FOUND
    assert "NOPE" in str(ei.value)


# --- export / import ---------------------------------------------------------------


def test_export_import_round_trip(workspace, tmp_path: Path) -> None:
    out = plan_mod.export_plan(workspace, tmp_path / "plan.json")
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported == _doc(workspace)
    assert exported["format"] == "ledcast-plan" and exported["format_version"] == 1
    # No leftover temp file from the atomic write.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".plan.json")) == []

    plan_mod.import_plan(workspace, out)
    again = plan_mod.export_plan(workspace, tmp_path / "again.json")
    assert json.loads(again.read_text(encoding="utf-8")) == exported
    assert len(plan_mod.list_plans(workspace)) == 1


def test_import_into_fresh_workspace_round_trip(workspace, tmp_path: Path) -> None:
    from ledcast.core.workspace import open_workspace

    out = plan_mod.export_plan(workspace, tmp_path / "plan.json")
    other = open_workspace(tmp_path / "other")
    try:
        with pytest.raises(PlanError):
            plan_mod.get_plan(other)
        plan_mod.import_plan(other, out)
        assert _doc(other) == json.loads(out.read_text(encoding="utf-8"))
    finally:
        other.close()


def test_import_modified_copy_updates_in_place_and_keeps_tags(workspace, media_files, tmp_path: Path) -> None:
    report = library.import_files(workspace, [media_files.wav], task_codes=["NV3"])
    assert len(report.added) == 1
    media_id = report.added[0].id
    before = plan_mod.get_plan(workspace)
    ids_before = {t.code: t.id for t in before.tasks}

    doc = _doc(workspace)
    doc["name"] = "Kế hoạch đã sửa"
    nv3 = next(t for t in doc["tasks"] if t["code"] == "NV3")
    nv3["title"] = "Dịch vụ công trực tuyến toàn trình"
    doc["tasks"].reverse()  # order changes too: matching is by code, not position
    doc["targets"][0]["max"] = 7
    doc["key_dates"].append({"date": "2025-08-19", "title": "Ngày truyền thống ngành"})
    path = tmp_path / "modified.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")

    updated = plan_mod.import_plan(workspace, path)
    assert [p.code for p in plan_mod.list_plans(workspace)] == [DEFAULT_CODE]
    assert updated.name == "Kế hoạch đã sửa"
    assert [t.code for t in updated.tasks] == [f"NV{i}" for i in range(8, 0, -1)]
    assert {t.code: t.id for t in updated.tasks} == ids_before
    assert next(t for t in updated.tasks if t.code == "NV3").title == "Dịch vụ công trực tuyến toàn trình"
    assert updated.targets[0].max_count == 7
    assert [(k.year, k.month, k.day) for k in updated.key_dates][-1] == (2025, 8, 19)

    media = library.get_media(workspace, media_id)
    assert [t.code for t in media.tasks] == ["NV3"]
    assert media.tasks[0].id == ids_before["NV3"]
    assert [m.id for m in library.list_media(workspace, task="NV3")] == [media_id]


def test_import_dropping_a_task_untags_media(workspace, media_files) -> None:
    """A task removed from the plan disappears; media tagged with it become
    'outside the plan' rather than pointing at a dead task."""
    doc = _doc(workspace)
    doc["targets"].append(
        {
            "channel": "loudspeaker",
            "scope": "each_task",
            "per": "period",
            "min": 2,
            "max": 3,
            "task": "NV8",
            "note": "AI",
        }
    )
    plan_mod.import_plan(workspace, doc)
    mid = library.import_files(workspace, [media_files.wav], task_codes=["NV8"]).added[0].id

    doc2 = copy.deepcopy(doc)
    doc2["tasks"] = [t for t in doc2["tasks"] if t["code"] != "NV8"]
    doc2["targets"] = [t for t in doc2["targets"] if t.get("task") != "NV8"]
    p = plan_mod.import_plan(workspace, doc2)
    assert [t.code for t in p.tasks] == [f"NV{i}" for i in range(1, 8)]
    assert library.get_media(workspace, mid).tasks == []
    assert [m.id for m in library.list_media(workspace, task="none")] == [mid]


def test_target_bound_to_task_round_trips(workspace) -> None:
    doc = _doc(workspace)
    doc["targets"].append(
        {
            "channel": "screen",
            "scope": "each_task",
            "per": "month",
            "min": 2,
            "max": None,
            "task": "NV2",
            "note": "Bảng tin",
        }
    )
    p = plan_mod.import_plan(workspace, doc)
    nv2 = next(t for t in p.tasks if t.code == "NV2")
    assert p.targets[-1].task_id == nv2.id
    assert p.targets[-1].max_count is None
    assert plan_mod.plan_to_dict(p)["targets"][-1] == {
        "channel": "screen",
        "scope": "each_task",
        "per": "month",
        "min": 2,
        "max": None,
        "task": "NV2",
        "note": "Bảng tin",
    }


# --- malformed files ------------------------------------------------------------------


def _mutate_missing_tasks(d):  # type: ignore[no-untyped-def]
    del d["tasks"]


def _mutate_empty_tasks(d):  # type: ignore[no-untyped-def]
    d["tasks"] = []


def _mutate_dup_task(d):  # type: ignore[no-untyped-def]
    d["tasks"][3]["code"] = "NV1"


def _mutate_bad_period_date(d):  # type: ignore[no-untyped-def]
    d["period"]["start"] = "2024-13-01"


def _mutate_period_order(d):  # type: ignore[no-untyped-def]
    d["period"]["end"] = "2024-01-01"


def _mutate_max_below_min(d):  # type: ignore[no-untyped-def]
    d["targets"][0]["min"], d["targets"][0]["max"] = 5, 1


def _mutate_negative_min(d):  # type: ignore[no-untyped-def]
    d["targets"][1]["min"] = -1


def _mutate_bad_target_date(d):  # type: ignore[no-untyped-def]
    d["targets"][2]["start"] = "01/11/2024"


def _mutate_format(d):  # type: ignore[no-untyped-def]
    d["format"] = "some-other-plan"


def _mutate_format_version(d):  # type: ignore[no-untyped-def]
    d["format_version"] = 2


def _mutate_bad_channel(d):  # type: ignore[no-untyped-def]
    d["targets"][0]["channel"] = "tv"


def _mutate_task_ref(d):  # type: ignore[no-untyped-def]
    d["targets"][0]["task"] = "NV99"


def _mutate_bad_key_date(d):  # type: ignore[no-untyped-def]
    d["key_dates"][0]["date"] = "02-30"


def _mutate_empty_title(d):  # type: ignore[no-untyped-def]
    d["tasks"][1]["title"] = "   "


MALFORMED = [
    ("missing_tasks", _mutate_missing_tasks, "tasks"),
    ("empty_tasks", _mutate_empty_tasks, "tasks"),
    ("duplicate_task_code", _mutate_dup_task, "tasks[3].code"),
    ("bad_period_date", _mutate_bad_period_date, "period.start"),
    ("period_end_before_start", _mutate_period_order, "period.end"),
    ("max_below_min", _mutate_max_below_min, "targets[0].max"),
    ("negative_min", _mutate_negative_min, "targets[1].min"),
    ("bad_target_date", _mutate_bad_target_date, "targets[2].start"),
    ("wrong_format_marker", _mutate_format, "format"),
    ("wrong_format_version", _mutate_format_version, "format"),
    ("bad_channel", _mutate_bad_channel, "targets[0].channel"),
    ("unknown_task_ref", _mutate_task_ref, "targets[0].task"),
    ("bad_key_date", _mutate_bad_key_date, "key_dates[0].date"),
    ("empty_task_title", _mutate_empty_title, "tasks[1].title"),
]


@pytest.mark.parametrize("mutate,field", [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED])
def test_malformed_plan_names_field_and_changes_nothing(workspace, tmp_path: Path, lang_en, mutate, field) -> None:
    before = _all_plans(workspace)
    doc = _doc(workspace)
    doc["name"] = "SHOULD NOT BE STORED"
    mutate(doc)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")

    with pytest.raises(PlanError) as ei:
        plan_mod.import_plan(workspace, path)
    exc = ei.value
    assert exc.template == errors.M_PLAN_FIELD
    assert exc.params["field"] == field
    assert f"“{field}”" in str(exc)
    assert "\n" not in str(exc)
    assert _all_plans(workspace) == before


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"", b'{"format": "ledcast-plan",', b"\xff\xfe\x00garbage"],
    ids=["brace", "empty", "cut", "binary"],
)
def test_invalid_json_plan_changes_nothing(workspace, tmp_path: Path, lang_en, content: bytes) -> None:
    before = _all_plans(workspace)
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(PlanError) as ei:
        plan_mod.import_plan(workspace, path)
    assert ei.value.template == errors.M_PLAN_JSON
    assert str(ei.value).startswith("The plan file is not valid JSON")
    assert _all_plans(workspace) == before


def test_not_a_plan_document(workspace, tmp_path: Path) -> None:
    before = _all_plans(workspace)
    path = tmp_path / "list.json"
    path.write_text("[1, 2, 3]", encoding="utf-8")
    with pytest.raises(PlanError) as ei:
        plan_mod.import_plan(workspace, path)
    assert ei.value.template == errors.M_PLAN_FIELD
    assert _all_plans(workspace) == before


def test_missing_plan_file(workspace, tmp_path: Path) -> None:
    with pytest.raises(PlanError) as ei:
        plan_mod.import_plan(workspace, tmp_path / "nowhere.json")
    assert ei.value.template == errors.M_PLAN_READ


def test_utf8_bom_plan_accepted(workspace, tmp_path: Path) -> None:
    doc = _doc(workspace)
    doc["name"] = "Có BOM"
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(doc, ensure_ascii=False).encode("utf-8"))
    assert plan_mod.import_plan(workspace, path).name == "Có BOM"


# --- NFC ----------------------------------------------------------------------------


def test_nfd_text_in_imported_plan_is_stored_nfc(workspace, tmp_path: Path) -> None:
    title = "Triển khai hệ thống định danh điện tử"
    nfd = unicodedata.normalize("NFD", title)
    assert nfd != title
    doc = _doc(workspace)
    doc["code"] = "NFD-TEST"
    doc["name"] = unicodedata.normalize("NFD", "Kế hoạch thử")
    doc["tasks"][4]["title"] = nfd
    doc["key_dates"][0]["title"] = unicodedata.normalize("NFD", "Ngày Chuyển đổi số quốc gia")
    path = tmp_path / "nfd.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")

    p = plan_mod.import_plan(workspace, path)
    assert p.tasks[4].title == title
    assert unicodedata.is_normalized("NFC", p.tasks[4].title)
    assert p.name == "Kế hoạch thử"
    assert p.key_dates[0].title == "Ngày Chuyển đổi số quốc gia"


# --- copy and edits -------------------------------------------------------------------


def test_copy_plan(workspace) -> None:
    original = _doc(workspace)
    new = plan_mod.copy_plan(workspace, DEFAULT_CODE, "TN-CDS-2026-2030", "Kế hoạch 2026–2030")
    assert new.code == "TN-CDS-2026-2030" and new.name == "Kế hoạch 2026–2030"
    assert sorted(p.code for p in plan_mod.list_plans(workspace)) == [DEFAULT_CODE, "TN-CDS-2026-2030"]
    copied = plan_mod.plan_to_dict(new)
    for key in ("tasks", "targets", "key_dates", "content_lines", "forms", "period", "issuer"):
        assert copied[key] == original[key], key
    # New rows, not shared ones.
    old_ids = {t.id for t in plan_mod.get_plan(workspace, DEFAULT_CODE).tasks}
    assert old_ids.isdisjoint({t.id for t in new.tasks})
    # The original is untouched.
    assert plan_mod.plan_to_dict(plan_mod.get_plan(workspace, DEFAULT_CODE)) == original


def test_copy_plan_refuses_existing_code(workspace) -> None:
    before = _all_plans(workspace)
    with pytest.raises(PlanError) as ei:
        plan_mod.copy_plan(workspace, DEFAULT_CODE, DEFAULT_CODE, "x")
    assert ei.value.params["field"] == "code"
    assert _all_plans(workspace) == before


def test_copy_then_edit_keeps_plans_independent(workspace) -> None:
    new = plan_mod.copy_plan(workspace, DEFAULT_CODE, "NEXT", "Next")
    nv1 = next(t for t in new.tasks if t.code == "NV1")
    plan_mod.update_task(workspace, nv1.id, title="Hạ tầng số giai đoạn mới")
    assert (
        next(t for t in plan_mod.get_plan(workspace, "NEXT").tasks if t.code == "NV1").title
        == "Hạ tầng số giai đoạn mới"
    )
    assert (
        next(t for t in plan_mod.get_plan(workspace, DEFAULT_CODE).tasks if t.code == "NV1").title
        == "Phát triển hạ tầng số tỉnh Thái Nguyên"
    )


def test_update_task(workspace) -> None:
    p = plan_mod.get_plan(workspace)
    task = next(t for t in p.tasks if t.code == "NV7")
    plan_mod.update_task(
        workspace, task.id, title="  " + unicodedata.normalize("NFD", "Kỹ năng số") + " ", short_title="Kỹ năng"
    )
    t2 = next(t for t in plan_mod.get_plan(workspace).tasks if t.code == "NV7")
    assert (t2.title, t2.short_title) == ("Kỹ năng số", "Kỹ năng")

    before = _all_plans(workspace)
    with pytest.raises(PlanError):
        plan_mod.update_task(workspace, task.id, title="   ")
    with pytest.raises(PlanError):
        plan_mod.update_task(workspace, 999_999, title="x")
    assert _all_plans(workspace) == before


def test_update_target(workspace, lang_en) -> None:
    p = plan_mod.get_plan(workspace)
    loud = next(t for t in p.targets if t.channel == "loudspeaker")
    plan_mod.update_target(workspace, loud.id, min_count=2, max_count=6, note="Sửa")
    t = next(t for t in plan_mod.get_plan(workspace).targets if t.id == loud.id)
    assert (t.min_count, t.max_count, t.note) == (2, 6, "Sửa")

    plan_mod.update_target(workspace, loud.id, min_count=3)  # max kept
    t = next(t for t in plan_mod.get_plan(workspace).targets if t.id == loud.id)
    assert (t.min_count, t.max_count) == (3, 6)

    plan_mod.update_target(workspace, loud.id, max_count=None)  # open-ended
    t = next(t for t in plan_mod.get_plan(workspace).targets if t.id == loud.id)
    assert (t.min_count, t.max_count) == (3, None)

    before = _all_plans(workspace)
    for kwargs in ({"min_count": -1}, {"min_count": 4, "max_count": 2}, {"max_count": 1}):
        with pytest.raises(PlanError) as ei:
            plan_mod.update_target(workspace, loud.id, **kwargs)
        assert ei.value.template == errors.M_BAD_TARGET
    assert _all_plans(workspace) == before


def test_update_plan_name_and_active(workspace) -> None:
    plan_mod.copy_plan(workspace, DEFAULT_CODE, "NEXT", "Next")
    plan_mod.update_plan(workspace, DEFAULT_CODE, active=False)
    # The newest active plan is now the copy.
    assert plan_mod.get_plan(workspace).code == "NEXT"
    plan_mod.update_plan(workspace, "NEXT", name=unicodedata.normalize("NFD", "Kế hoạch mới"))
    assert plan_mod.get_plan(workspace, "NEXT").name == "Kế hoạch mới"


# --- hostile plan files (issue 8, point 6): a PlanError naming the field, nothing changed ---


def _default_doc() -> dict:  # type: ignore[type-arg]
    return json.loads(plan_mod.default_plan_path().read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: object, name: str = "plan.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "key, value, field",
    [
        ("max", 10**30, "targets[0].max"),
        ("min", 10**30, "targets[0].min"),
        ("max", 1_000_001, "targets[0].max"),
        ("min", -3, "targets[0].min"),
        ("min", 2.5, "targets[0].min"),
        ("min", "5", "targets[0].min"),
        ("min", True, "targets[0].min"),
        ("min", [1], "targets[0].min"),
        ("task", {"code": "NV1"}, "targets[0].task"),
        ("task", ["NV1"], "targets[0].task"),
        ("start", "9999-12-31", "targets[0].start"),
        ("start", 20260101, "targets[0].start"),
        ("note", "x" * 100_000, "targets[0].note"),
        ("channel", {"a": 1}, "targets[0].channel"),
    ],
)
def test_absurd_target_values_are_refused_by_field(workspace, tmp_path: Path, lang_en, key, value, field) -> None:  # type: ignore[no-untyped-def]
    before = _all_plans(workspace)
    doc = _default_doc()
    doc["code"] = "NEW-PLAN"
    doc["targets"][0][key] = value
    with pytest.raises(PlanError) as err:
        plan_mod.import_plan(workspace, _write(tmp_path, doc))
    assert err.value.params.get("field") == field, err.value
    assert _all_plans(workspace) == before


@pytest.mark.parametrize(
    "content",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
        b'{"format": "ledcast-plan", "x": ' + b"[" * 50 + b"]" * 50 + b"}",
        b'{"format": "ledcast-plan", "format_version": 1, "code": "X", "n": ' + b"9" * 5000 + b"}",
        b'{"format": "ledcast-plan", "format_version": NaN}',
        b"\xff\xfe\x00\x00",
    ],
)
def test_deep_huge_or_odd_json_is_a_plan_error(workspace, tmp_path: Path, lang_en, content: bytes) -> None:
    before = _all_plans(workspace)
    path = tmp_path / "hostile.json"
    path.write_bytes(content)
    with pytest.raises(PlanError) as err:
        plan_mod.import_plan(workspace, path)
    assert "\n" not in err.value.message() and len(err.value.message()) < 400
    assert _all_plans(workspace) == before


def test_a_huge_plan_file_is_refused_before_parsing(workspace, tmp_path: Path) -> None:
    doc = _default_doc()
    doc["issuer"] = "x" * (plan_mod.MAX_PLAN_BYTES + 10)
    with pytest.raises(PlanError) as err:
        plan_mod.import_plan(workspace, _write(tmp_path, doc))
    assert err.value.params["reason"] == plan_mod.R_TOO_BIG


def _paths(node: object, prefix: tuple = ()):  # type: ignore[no-untyped-def,type-arg]
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node[:2]):
            yield from _paths(v, prefix + (i,))


HOSTILE = [
    None,
    10**30,
    -1,
    1.5,
    float("nan"),
    "",
    "   ",
    "\x1b[31m\n",
    "9999-12-31",
    "x" * 5000,
    True,
    [],
    {},
    [[[["deep"]]]],
    {"k": "v"},
]


def test_wrong_types_anywhere_end_in_a_plan_error(workspace) -> None:
    """Every node of the default plan replaced by every hostile value: validate()
    either accepts the document or raises PlanError — never another exception."""
    base = _default_doc()
    accepted = 0
    for path in _paths(base):
        if not path:
            continue
        for value in HOSTILE:
            doc = copy.deepcopy(base)
            node = doc
            for k in path[:-1]:
                node = node[k]
            node[path[-1]] = value
            try:
                out = plan_mod.validate(doc)
            except PlanError as exc:
                assert exc.message()
                continue
            accepted += 1
            for text in (out["name"], out["issuer"], *(t["title"] for t in out["tasks"])):
                assert "\x1b" not in text and "\n" not in text
    assert accepted > 0  # optional fields really are optional


def test_plan_text_is_cleaned_of_control_characters(workspace, tmp_path: Path) -> None:
    doc = _default_doc()
    doc["code"] = "CTRL"
    doc["name"] = "Kế hoạch\n#EXTINF:1,injected\x1b[2J"
    doc["tasks"][0]["title"] = "Nhiệm vụ\r\nmột"
    p = plan_mod.import_plan(workspace, _write(tmp_path, doc))
    assert p.name == "Kế hoạch #EXTINF:1,injected [2J"
    assert p.tasks[0].title == "Nhiệm vụ một"


def test_plan_edits_refuse_absurd_numbers_and_text(workspace) -> None:
    p = plan_mod.get_plan(workspace)
    target = p.targets[0]
    for kwargs in (
        {"min_count": 10**30},
        {"max_count": 10**30},
        {"min_count": -1},
        {"max_count": 2.5},
        {"min_count": True},
    ):
        with pytest.raises(PlanError):
            plan_mod.update_target(workspace, target.id, **kwargs)
    with pytest.raises(PlanError):
        plan_mod.update_task(workspace, p.tasks[0].id, title="\n\t ")
    with pytest.raises(PlanError):
        plan_mod.update_plan(workspace, p.code, name="x" * 10_000)
    assert _doc(workspace) == plan_mod.plan_to_dict(p)


# --- codes must be addressable (review of issue 8, point 4) ------------------------


@pytest.mark.parametrize("code", ["A/B", "/", "KH,2026", "KH 2026", "Kế-hoạch"])
def test_a_plan_code_that_could_not_be_named_is_refused_with_the_reason(workspace, lang_en, code: str) -> None:
    before = _all_plans(workspace)
    doc = _doc(workspace)
    doc["code"] = code
    with pytest.raises(PlanError) as ei:
        plan_mod.import_plan(workspace, doc)
    assert ei.value.params["field"] == "code"
    assert "non-empty text" not in str(ei.value)  # the code is text: say what is wrong with it
    if "/" in code or "," in code:
        assert "must not contain “/” or “,”" in str(ei.value)
    with pytest.raises(PlanError) as ei:  # a copy under that code: the same rule
        plan_mod.copy_plan(workspace, DEFAULT_CODE, code, "Bản sao")
    assert ei.value.params["field"] == "code" and "non-empty text" not in str(ei.value)
    assert _all_plans(workspace) == before


@pytest.mark.parametrize("code", ["NV/1", "nv,2", " / "])
def test_a_task_code_with_a_separator_is_refused(workspace, lang_en, code: str) -> None:
    before = _all_plans(workspace)
    doc = _doc(workspace)
    doc["tasks"][2]["code"] = code
    with pytest.raises(PlanError) as ei:
        plan_mod.import_plan(workspace, doc)
    assert ei.value.params["field"] == "tasks[2].code" and "must not contain “/” or “,”" in str(ei.value)
    assert _all_plans(workspace) == before


def test_plan_slash_task_finds_the_task_whatever_its_case(workspace) -> None:
    from ledcast.core.db.models import Task

    with workspace.session() as s:
        task = plan_mod.resolve_tasks(s, [f"{DEFAULT_CODE}/nv3"])[0]
        assert isinstance(task, Task) and task.code == "NV3"


def test_reimporting_a_plan_without_a_task_bound_to_a_target_warns_nothing(workspace) -> None:
    """The server's cascade (task → its targets) and the ORM's deletion of the old targets
    must not race: SQLAlchemy warned "expected to delete 7 row(s); 6 were matched" on
    PostgreSQL, and on SQLite a new target reused the cascaded one's id and was deleted."""
    import warnings

    from sqlalchemy.exc import SAWarning

    doc = _doc(workspace)
    doc["targets"].append({"channel": "loudspeaker", "scope": "each_task", "per": "period", "min": 1, "task": "NV8"})
    plan_mod.import_plan(workspace, doc)
    doc2 = copy.deepcopy(doc)
    doc2["tasks"] = [t for t in doc2["tasks"] if t["code"] != "NV8"]
    doc2["targets"] = [t for t in doc2["targets"] if t.get("task") != "NV8"]
    with warnings.catch_warnings():
        warnings.simplefilter("error", SAWarning)
        p = plan_mod.import_plan(workspace, doc2)
    assert "NV8" not in [t.code for t in p.tasks]
    kept = [(t["channel"], t["scope"], t["per"], t["min"]) for t in plan_mod.plan_to_dict(p)["targets"]]
    assert kept == [(t["channel"], t["scope"], t["per"], t["min"]) for t in doc2["targets"]]
