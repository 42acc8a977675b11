"""SQLAlchemy 2 typed models for every entity of DESIGN §3.

Portable types only (no SQLite-only SQL) so a centre can later point the same
models at PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import gc
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Importing SQLAlchemy leaves some 50,000 objects that live as long as the process;
# every full collection while the mappers below are built and the first queries
# compile walked them all again (a third of `ledcast plan show`). Move them out
# of the collector's sight; objects made later are collected as usual.
gc.freeze()

# Stable constraint names keep Alembic migrations portable across backends.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# --- plan -----------------------------------------------------------------


class Plan(Base):
    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(Text)
    issuer: Mapped[str] = mapped_column(Text, default="")
    document: Mapped[str] = mapped_column(Text, default="")
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    tasks: Mapped[list[Task]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Task.position"
    )
    content_lines: Mapped[list[ContentLine]] = relationship(
        cascade="all, delete-orphan", order_by="ContentLine.position"
    )
    forms: Mapped[list[CommunicationForm]] = relationship(
        cascade="all, delete-orphan", order_by="CommunicationForm.position"
    )
    targets: Mapped[list[Target]] = relationship(cascade="all, delete-orphan", order_by="Target.position")
    key_dates: Mapped[list[KeyDate]] = relationship(cascade="all, delete-orphan", order_by="KeyDate.position")


class Task(Base):
    __tablename__ = "task"
    __table_args__ = (UniqueConstraint("plan_id", "code", name="uq_task_plan_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)
    short_title: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    plan: Mapped[Plan] = relationship(back_populates="tasks")


class ContentLine(Base):
    __tablename__ = "content_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CommunicationForm(Base):
    """A form of communication (2.1–2.7) and the channel kind it counts as."""

    __tablename__ = "communication_form"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Target(Base):
    """How many items a channel must carry: per task, per event, per unit or overall,
    counted over the whole period or per month/week, optionally within dates."""

    __tablename__ = "target"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(32))
    scope: Mapped[str] = mapped_column(String(16))  # each_task | each_event | each_unit | overall
    per: Mapped[str] = mapped_column(String(16))  # period | month | week | event
    min_count: Mapped[int] = mapped_column(Integer)
    max_count: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[dt.date | None] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    # Known to the unit of work so that a plan import deletes its old targets before the
    # tasks they name: else the server's ON DELETE CASCADE removed some first and the
    # ORM's own DELETE found fewer rows than it expected (a warning on PostgreSQL).
    task: Mapped[Task | None] = relationship()


class KeyDate(Base):
    __tablename__ = "key_date"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer)  # None: every year
    title: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


# --- units and outlets ----------------------------------------------------------


class Unit(Base):
    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(Text)
    parent_code: Mapped[str | None] = mapped_column(String(64))
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    public_key: Mapped[str | None] = mapped_column(Text)  # trusted Ed25519 key (exchange)
    trusted: Mapped[bool] = mapped_column(Boolean, default=False)


class Outlet(Base):
    __tablename__ = "outlet"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # screen | speaker
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    fps: Mapped[float | None] = mapped_column(Float)
    location: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# --- media ---------------------------------------------------------------------

media_task = Table(
    "media_task",
    Base.metadata,
    Column("media_id", ForeignKey("media.id", ondelete="CASCADE"), primary_key=True),
    Column("task_id", ForeignKey("task.id", ondelete="CASCADE"), primary_key=True),
)


class Media(Base):
    __tablename__ = "media"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # audio | image | video | slide
    title: Mapped[str] = mapped_column(Text)
    original_name: Mapped[str] = mapped_column(Text, default="")
    original_path: Mapped[str] = mapped_column(Text, default="")
    store_path: Mapped[str] = mapped_column(Text)  # relative to the workspace
    thumb_path: Mapped[str | None] = mapped_column(Text)
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    container: Mapped[str] = mapped_column(String(64), default="")
    video_codec: Mapped[str | None] = mapped_column(String(64))
    audio_codec: Mapped[str | None] = mapped_column(String(64))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    fps: Mapped[float | None] = mapped_column(Float)
    sample_rate: Mapped[int | None] = mapped_column(Integer)
    channels: Mapped[int | None] = mapped_column(Integer)
    duration_s: Mapped[float | None] = mapped_column(Float)
    loudness_lufs: Mapped[float | None] = mapped_column(Float)
    true_peak_dbtp: Mapped[float | None] = mapped_column(Float)
    # leading/trailing silence found at import, and the threshold it was found with
    silence_head_s: Mapped[float | None] = mapped_column(Float)
    silence_tail_s: Mapped[float | None] = mapped_column(Float)
    silence_threshold_db: Mapped[float | None] = mapped_column(Float)
    language: Mapped[str] = mapped_column(String(16), default="vi")
    approval: Mapped[str] = mapped_column(String(16), default="pending")  # pending|approved|rejected
    approved_by: Mapped[str | None] = mapped_column(Text)
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    slide_source: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    tasks: Mapped[list[Task]] = relationship(secondary=media_task, order_by="Task.code")


class Setting(Base):
    """A workspace setting (loudness target, silence trimming…), JSON-valued."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)


# --- playlists and schedules ----------------------------------------------------


class Playlist(Base):
    __tablename__ = "playlist"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # screen | speaker
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlet.id", ondelete="SET NULL"))
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # raised by every edit (core/playlist_version.py): a save over an older one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    outlet: Mapped[Outlet | None] = relationship()
    items: Mapped[list[PlaylistItem]] = relationship(
        back_populates="playlist", cascade="all, delete-orphan", order_by="PlaylistItem.position"
    )
    schedules: Mapped[list[Schedule]] = relationship(back_populates="playlist", cascade="all, delete-orphan")


class PlaylistItem(Base):
    __tablename__ = "playlist_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    playlist_id: Mapped[int] = mapped_column(ForeignKey("playlist.id", ondelete="CASCADE"))
    media_id: Mapped[int] = mapped_column(ForeignKey("media.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    duration_s: Mapped[float | None] = mapped_column(Float)  # stills; None = media's own
    trim_in_s: Mapped[float | None] = mapped_column(Float)
    trim_out_s: Mapped[float | None] = mapped_column(Float)

    playlist: Mapped[Playlist] = relationship(back_populates="items")
    media: Mapped[Media] = relationship()


class Schedule(Base):
    __tablename__ = "schedule"

    id: Mapped[int] = mapped_column(primary_key=True)
    playlist_id: Mapped[int] = mapped_column(ForeignKey("playlist.id", ondelete="CASCADE"))
    date_from: Mapped[dt.date] = mapped_column(Date)
    date_to: Mapped[dt.date] = mapped_column(Date)
    weekdays: Mapped[str] = mapped_column(String(32), default="mon,tue,wed,thu,fri,sat,sun")
    times: Mapped[str] = mapped_column(Text)  # "06:00,17:00"
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    repeat_count: Mapped[int] = mapped_column(Integer, default=1)
    repeat_gap_s: Mapped[int] = mapped_column(Integer, default=0)
    # a time window's end ("22:00"); `times` then holds its one start. NULL: start times
    window_end: Mapped[str | None] = mapped_column(String(8), nullable=True)

    playlist: Mapped[Playlist] = relationship(back_populates="schedules")


# --- exports and airings ---------------------------------------------------------


class Export(Base):
    __tablename__ = "export"

    id: Mapped[int] = mapped_column(primary_key=True)
    playlist_id: Mapped[int | None] = mapped_column(ForeignKey("playlist.id", ondelete="SET NULL"))
    playlist_name: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(16))  # screen | speaker
    out_path: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    file_count: Mapped[int] = mapped_column(Integer, default=0)
    total_bytes: Mapped[int] = mapped_column(Integer, default=0)
    manifest: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


def new_uuid() -> str:
    return str(uuid.uuid4())


class Airing(Base):
    """One airing, append-only: a correction is a new row that voids an earlier one.
    Titles and task codes are snapshots so deleting media never erases history.
    The database refuses UPDATE and DELETE on this table (migration 0003 triggers);
    write it only through ledcast.core.airing."""

    __tablename__ = "airing"
    # a unit's airings in time order: its first and last airing are one seek (migration 0006)
    __table_args__ = (Index("ix_airing_unit_start", "unit_code", "start_utc"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    unit_code: Mapped[str] = mapped_column(String(64))
    outlet_name: Mapped[str] = mapped_column(Text)
    outlet_kind: Mapped[str] = mapped_column(String(16), default="")
    media_sha256: Mapped[str | None] = mapped_column(String(64))
    media_title: Mapped[str] = mapped_column(Text, default="")
    task_codes: Mapped[str] = mapped_column(Text, default="")  # "NV1,NV3"; "" = outside the plan
    plan_code: Mapped[str | None] = mapped_column(String(64))
    playlist_name: Mapped[str | None] = mapped_column(Text)
    scheduled_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    start_utc: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    end_utc: Mapped[dt.datetime] = mapped_column(DateTime)
    utc_offset_min: Mapped[int] = mapped_column(Integer, default=420)
    recorded_how: Mapped[str] = mapped_column(String(16))  # playout|confirmed|manual|imported
    origin: Mapped[str] = mapped_column(String(16), default="own")  # own|above|source
    language: Mapped[str] = mapped_column(String(16), default="vi")
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    operator: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    voids_uuid: Mapped[str | None] = mapped_column(String(36), index=True, unique=True)  # one void per airing
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class TrustedKey(Base):
    """Another unit's Ed25519 public key (base64 of the 32 raw bytes), trusted for its
    signed airing logs until revoked. A unit may have had several keys; at most one
    not revoked."""

    __tablename__ = "trusted_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(64), index=True)
    public_key: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(32))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ImportedLog(Base):
    """A signed log file imported whole (by the SHA-256 of its bytes): the same file
    again is known at once — the log is append-only, so its rows are still here."""

    __tablename__ = "imported_log"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(32))
    records: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
