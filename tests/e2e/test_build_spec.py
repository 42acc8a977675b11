"""build.spec, run without PyInstaller or a build: what it would collect exists and is complete.
(scripts/check_frozen.sh builds it for real; this is the cheap guard for every CI run.)"""

from __future__ import annotations

import sys
import types
from pathlib import Path
from types import SimpleNamespace

import imageio_ffmpeg
import pytest

import ledcast
from ledcast.cli import GROUPS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Execute build.spec with PyInstaller's names stubbed; return its namespace plus what it built."""
    built: dict[str, list] = {"exe": [], "collect": []}
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    ffmpeg = Path(imageio_ffmpeg.get_ffmpeg_exe())  # the libraries' data: as collect_data_files finds it
    hooks.collect_data_files = lambda pkg, **k: (
        [(str(ffmpeg), "imageio_ffmpeg/binaries")] if pkg == "imageio_ffmpeg" else []
    )
    hooks.collect_submodules = lambda name: [f"{name}.<all>"]
    stubs = {"PyInstaller": types.ModuleType("PyInstaller"), "PyInstaller.utils": types.ModuleType("PyInstaller.utils")}
    stubs["PyInstaller.utils.hooks"] = hooks
    saved = {name: sys.modules.get(name) for name in stubs}
    sys.modules.update(stubs)

    def analysis(scripts, **kw):  # type: ignore[no-untyped-def]
        """PyInstaller's TOCs: (name in the folder, source, kind); a few Qt entries as its hooks add them."""
        qt = ["PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/platforms/libqwayland.so"]
        qt += ["PySide6/Qt/plugins/platforms/libqxcb.so"]
        qt += ["PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt/plugins/designer/libqpyside6.so"]
        qt += ["PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", "PySide6/plugins/platforms/qwindows.dll"]
        qt_data = ["PySide6/Qt/qml/QtQuick/qmldir", "PySide6/Qt/translations/qtbase_vi.qm"]
        qt_data += ["PySide6/Qt/translations/qtdeclarative_vi.qm"]
        datas = [(str(Path(dst) / Path(src).name), src, "DATA") for src, dst in kw.pop("datas")]
        return SimpleNamespace(
            scripts=scripts,
            pure=[],
            binaries=[(p, p, "BINARY") for p in qt],
            datas=datas + [(p, p, "DATA") for p in qt_data],
            **{k: v for k, v in kw.items() if k != "binaries"},
        )

    ns = {
        "SPECPATH": str(ROOT),
        "workpath": str(tmp_path_factory.mktemp("work")),
        "Analysis": analysis,
        "PYZ": lambda pure: "pyz",
        "EXE": lambda *a, **kw: built["exe"].append(kw) or kw["name"],
        "COLLECT": lambda *a, **kw: built["collect"].append((a, kw)),
    }
    try:
        exec(compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec"), ns)
    finally:
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
    ns["built"] = built
    return ns


def test_every_data_file_it_names_exists(spec: dict) -> None:
    sources = [Path(src) for name, src, _ in spec["a"].datas if not name.startswith("PySide6")]
    assert sources and all(p.is_file() for p in sources), [p for p in sources if not p.is_file()]


def test_package_data_as_pip_installs_it(spec: dict) -> None:
    dest = {(Path(name).name, Path(name).parent.as_posix()) for name, _, _ in spec["a"].datas}
    assert ("env.py", "ledcast/core/db/migrations") in dest and ("script.py.mako", "ledcast/core/db/migrations") in dest
    versions = {p.name for p in (ROOT / "ledcast/core/db/migrations/versions").glob("*.py")}
    assert versions <= {name for name, d in dest if d == "ledcast/core/db/migrations/versions"}
    for name in ("BeVietnamPro-Regular.ttf", "OFL.txt"):
        assert (name, "ledcast/resources/fonts") in dest
    assert ("ledcast_vi.ts", "ledcast/resources/translations") in dest
    assert ("ledcast_vi.qm", "ledcast/resources/translations") in dest  # compiled by the spec itself
    assert ("ledcast-256.png", "ledcast/resources/icons") in dest
    qm = next(src for name, src, _ in spec["a"].datas if name.endswith("ledcast_vi.qm"))
    assert Path(qm).stat().st_size > 1000


def test_lazy_imports_and_the_two_executables(spec: dict) -> None:
    assert "ledcast.<all>" in spec["a"].hiddenimports  # cli groups, pages, the exchange pool's child
    assert all(module.startswith("ledcast.") for module, _ in GROUPS.values())
    exes = {kw["name"]: kw for kw in spec["built"]["exe"]}
    assert set(exes) == {"ledcast", "ledcast-cli"} and exes["ledcast-cli"]["console"] is True
    assert exes["ledcast"]["console"] is (sys.platform != "win32")  # windowed on Windows
    assert all(kw["exclude_binaries"] for kw in exes.values())  # one folder
    assert spec["ICON"].is_file() and all(kw["icon"] in (None, str(spec["ICON"])) for kw in exes.values())
    ((args, kw),) = spec["built"]["collect"]
    assert kw["name"] == "ledcast" and args[:2] == ("ledcast", "ledcast-cli")
    assert "PySide6.QtWebEngineCore" in spec["a"].excludes and "PySide6.QtQml" in spec["a"].excludes


def test_qt_is_trimmed_to_what_the_app_loads(spec: dict) -> None:
    kept = {name for name, _, _ in spec["a"].binaries + spec["a"].datas if name.startswith("PySide6")}
    assert kept == {
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/translations/qtbase_vi.qm",
    }


def test_one_version(spec: dict) -> None:
    tomllib = pytest.importorskip("tomllib")  # Python ≥ 3.11
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["dynamic"] == ["version"] and "version" not in project["project"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "ledcast.__version__"}
    assert spec["VERSION"] == ledcast.__version__


def test_icons_are_rendered_from_the_svg() -> None:
    from PIL import Image

    res = ROOT / "resources"
    for size in (16, 32, 48, 64, 128, 256):
        with Image.open(res / f"ledcast-{size}.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
        assert (ROOT / "ledcast/resources/icons" / f"ledcast-{size}.png").read_bytes() == (
            res / f"ledcast-{size}.png"
        ).read_bytes()
    with Image.open(res / "ledcast.ico") as ico:
        assert {(s, s) for s in (16, 32, 48, 64, 128, 256)} <= set(ico.info["sizes"])
    assert "<svg" in (res / "ledcast.svg").read_text(encoding="utf-8")


def test_linux_desktop_entry_and_appstream(spec: dict) -> None:
    import configparser
    import xml.etree.ElementTree as ET

    desktop = configparser.ConfigParser(interpolation=None, strict=True)
    desktop.optionxform = str  # keys are case-sensitive
    desktop.read(ROOT / "resources/ledcast.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    exes = {kw["name"] for kw in spec["built"]["exe"]}
    assert entry["Type"] == "Application" and entry["Exec"].split()[0] in exes and entry["Icon"] == "ledcast"
    assert entry["Terminal"] == "false" and entry["Categories"].endswith(";") and "Comment[vi]" in entry
    (metainfo,) = (ROOT / "resources").glob("*.metainfo.xml")
    root = ET.parse(metainfo).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert metainfo.name == root.findtext("id") + ".metainfo.xml"
    assert root.findtext("launchable") == "ledcast.desktop"
    assert root.find("releases/release").get("version") == ledcast.__version__  # the newest release is this one
    assert root.find("description/p") is not None and root.findtext("project_license") == "MIT"


def test_inno_setup_script_installs_the_spec_folder(spec: dict) -> None:
    iss = (ROOT / "resources/ledcast.iss").read_text(encoding="utf-8")
    sections = {line.strip() for line in iss.splitlines() if line.startswith("[")}
    assert {"[Setup]", "[Languages]", "[Files]", "[Icons]", "[Tasks]", "[Run]"} <= sections
    ((_, collect),) = spec["built"]["collect"]
    assert f'"..\\dist\\{collect["name"]}"' in iss  # the COLLECT folder, from resources\
    assert '#define AppExe "ledcast.exe"' in iss and "DefaultDirName={autopf}\\{#AppName}" in iss
    assert "{autoprograms}\\{#AppName}" in iss and "Tasks: desktopicon" in iss
    assert 'MessagesFile: "compiler:Default.isl"' in iss and "Vietnamese.isl" in iss
    assert (ROOT / "resources/ledcast.ico").is_file() and "SetupIconFile={#SourcePath}ledcast.ico" in iss


def test_a_build_missing_ffmpeg_or_a_platform_plugin_stops(spec: dict) -> None:
    spec["_require"](
        [("imageio_ffmpeg/binaries/ffmpeg-win-x86_64-v7.1.exe", "", "DATA")], "imageio_ffmpeg/binaries/ffmpeg*"
    )
    with pytest.raises(SystemExit, match="ffmpeg"):
        spec["_require"]([("imageio_ffmpeg/binaries/README.md", "", "DATA")], "imageio_ffmpeg/binaries/ffmpeg*")
    with pytest.raises(SystemExit, match="qoffscreen"):
        spec["_require"](spec["a"].datas, "PySide6/*plugins/platforms/*qoffscreen*")
