"""What the demo content is: one text slide per task of the default plan, a chime jingle
and two tone "bulletins" (no speech: operators' PCs have no text-to-speech), the two
outlets, the two playlists and their schedules. Names are Vietnamese, the language of
the workspaces they go into, and visibly marked as samples. core.demo loads them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ledcast.core import ffmpeg
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.jobs import CancelCheck

MARK = "Mẫu – "  # every demo item's name starts with it, so the operator sees what is a sample
SCREEN_SIZE = (384, 192)  # a common commune LED board
SLIDE_SECONDS = 8.0
SCREEN_OUTLET = MARK + "Màn hình LED trước UBND"
SPEAKER_OUTLET = MARK + "Loa truyền thanh xã"
LED_PLAYLIST = MARK + "Vòng chiếu màn hình LED"
SPEAKER_PLAYLIST = MARK + "Bản tin sáng"
MORNING = dt.time(6, 30)  # the morning session, Monday to Friday
WEEKDAYS = frozenset(range(5))
LOOP_FROM, LOOP_TO = dt.time(6, 0), dt.time(22, 0)  # the LED loop's daily window
SCHEDULE_DAYS = 90  # from the day the demo is loaded

M_AUDIO_FAILED = QT_TRANSLATE_NOOP("Errors", "The demo sound “{name}” could not be made: {detail}")


@dataclass(frozen=True)
class DemoSlide:
    task: str  # the default plan's task code
    title: str
    body: str


SLIDES = (
    DemoSlide("NV1", "Phủ sóng Internet đến mọi thôn", "Xã phối hợp nhà mạng lắp thêm trạm phát sóng cho các thôn."),
    DemoSlide("NV2", "Gọi 1022 để phản ánh, kiến nghị", "Tổng đài 1022 kết nối người dân với chính quyền tỉnh."),
    DemoSlide("NV3", "Nộp hồ sơ trực tuyến", "Làm thủ tục hành chính trên Cổng dịch vụ công, không phải đi lại."),
    DemoSlide("NV4", "Camera giữ bình yên thôn xóm", "Hệ thống camera giúp bảo đảm an ninh, trật tự trên địa bàn."),
    DemoSlide("NV5", "Kích hoạt tài khoản VNeID", "Mang căn cước đến Công an xã để được hỗ trợ kích hoạt."),
    DemoSlide("NV6", "Bản đồ số của tỉnh", "Tra cứu trụ sở, trường học, trạm y tế trên bản đồ số."),
    DemoSlide("NV7", "Học kỹ năng số", "Tổ công nghệ số cộng đồng hướng dẫn dùng điện thoại an toàn."),
    DemoSlide("NV8", "Ứng dụng trí tuệ nhân tạo", "Khai thác dữ liệu để phục vụ người dân nhanh hơn, tốt hơn."),
)


@dataclass(frozen=True)
class DemoSound:
    title: str  # the library title, without the mark
    task: str | None  # the default plan's task a bulletin is about (none for the jingle)
    expression: str  # an aevalsrc expression of t (seconds)
    seconds: float


def _chime(freqs: tuple[float, ...], every: float, decay: float) -> str:
    """Notes struck one after the other, `every` seconds apart, each dying away."""
    notes = [f"0.28*gte(t,{i * every})*sin(2*PI*{f}*t)*exp(-{decay}*(t-{i * every}))" for i, f in enumerate(freqs)]
    return "+".join(notes)


def _bell_pattern(freqs: tuple[float, float], period: float) -> str:
    """Two soft alternating bells repeated every `period` seconds (a stand-in for a voice)."""
    half = period / 2
    a, b = freqs
    return (
        f"0.22*sin(2*PI*{a}*t)*exp(-2.2*mod(t,{period}))"
        f"+0.22*gte(mod(t,{period}),{half})*sin(2*PI*{b}*t)*exp(-2.2*(mod(t,{period})-{half}))"
    )


JINGLE = DemoSound("Nhạc hiệu mở đầu", None, _chime((523.25, 659.25, 783.99, 1046.5), 0.35, 2.2), 4.0)
BULLETINS = (
    DemoSound("Bản tin mẫu 1 (âm thanh thử)", "NV3", _bell_pattern((440.0, 554.37), 2.0), 24.0),
    DemoSound("Bản tin mẫu 2 (âm thanh thử)", "NV5", _bell_pattern((392.0, 493.88), 2.4), 36.0),
)
SOUNDS = (JINGLE, *BULLETINS)


def make_sound(sound: DemoSound, folder: Path, cancel: CancelCheck | None = None) -> Path:
    """The sound as a mono 44.1 kHz MP3 in `folder`, named by its title (the import's title)."""
    out = folder / f"{sound.title}.mp3"
    fade = f"afade=t=out:st={sound.seconds - 0.6:.2f}:d=0.6"
    args = ["-y", "-f", "lavfi", "-i", f"aevalsrc='{sound.expression}':s=44100:d={sound.seconds}"]
    res = ffmpeg.run([*args, "-af", fade, "-ac", "1", "-c:a", "libmp3lame", "-b:a", "128k", str(out)], cancel=cancel)
    if res.returncode != 0 or not out.exists():
        raise LedcastError(M_AUDIO_FAILED, name=sound.title, detail=ffmpeg.error_detail(res.stderr))
    return out
