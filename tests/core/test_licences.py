from __future__ import annotations

from ledcast.core import licences

GPL_BUILD = (
    "ffmpeg version n9.0.2 Copyright (c) 2000-2026\nconfiguration: --enable-gpl --enable-version3 --enable-libx264\n"
)


def test_ffmpeg_licence_follows_its_configuration() -> None:
    assert licences.ffmpeg_licence(GPL_BUILD) == ("n9.0.2", "GPL-3.0-or-later")
    assert licences.ffmpeg_licence("ffmpeg version 7.1\nconfiguration: --enable-gpl\n")[1] == "GPL-2.0-or-later"
    assert licences.ffmpeg_licence("ffmpeg version 7.1\nconfiguration: --enable-version3\n")[1] == "LGPL-3.0-or-later"
    assert licences.ffmpeg_licence("ffmpeg version 7.1\nconfiguration: --disable-debug\n")[1] == "LGPL-2.1-or-later"


def test_the_bundled_ffmpeg_is_read_not_guessed() -> None:
    c = licences.ffmpeg()
    assert c.version and c.licence in {"GPL-3.0-or-later", "GPL-2.0-or-later", "LGPL-3.0-or-later", "LGPL-2.1-or-later"}


def test_package_licences_come_from_the_installed_metadata() -> None:
    table = (
        ("cryptography", "cryptography", "?", ""),
        ("platformdirs", "platformdirs", "?", ""),
        ("no-such-package-xyz", "gone", "fallback", ""),
    )
    shown = {c.name: c for c in licences.packages(table)}
    assert shown["gone"].licence == "fallback" and shown["gone"].version == ""
    assert shown["cryptography"].licence == "Apache-2.0 OR BSD-3-Clause"
    assert shown["platformdirs"].licence == "MIT" and shown["platformdirs"].version
    assert licences.package_licence("no-such-package-xyz", "fallback") == ("", "fallback")
    assert "Open Font License" in licences.font_licence_text()
