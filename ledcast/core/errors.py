"""User-facing errors raised by the core.

Each message is an English source string marked for Qt's lupdate with
QT_TRANSLATE_NOOP (defined here so the core stays Qt-free); the GUI translates
it with QCoreApplication.translate, the CLI with ledcast.core.i18n.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class Text(str):
    """A parameter that is itself a translatable message (e.g. a rule)."""


MAX_PARAM_CHARS = 300


def _short(value: Any) -> Any:
    """A 100 000-character name echoed back would drown the message: keep its start."""
    if isinstance(value, str) and len(value) > MAX_PARAM_CHARS:
        return value[: MAX_PARAM_CHARS - 1] + "…"
    return value


class LedcastError(Exception):
    """An error with a message fit for the operator. `template` uses {name} fields."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message())

    def message(self, translate=None) -> str:  # type: ignore[no-untyped-def]
        text = translate(CONTEXT, self.template) if translate else self.template
        params = {
            k: (translate(CONTEXT, v) if translate and isinstance(v, Text) else _short(v))
            for k, v in self.params.items()
        }
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**{k: _short(v) for k, v in self.params.items()})


class MediaError(LedcastError):
    """A file that could not be imported; the other files go on."""


class PlanError(LedcastError):
    """A plan file or plan edit that was refused; nothing was changed."""


class NotFound(LedcastError):
    pass


# Messages (English source; Vietnamese in resources/translations/ledcast_vi.ts).
M_EMPTY_FILE = QT_TRANSLATE_NOOP("Errors", "The file is empty (0 bytes).")
M_UNSUPPORTED = QT_TRANSLATE_NOOP(
    "Errors", "Unsupported file type “{ext}”. Supported: audio {audio}; images {image}; video {video}."
)
M_NOT_FOUND_FILE = QT_TRANSLATE_NOOP("Errors", "The file does not exist or cannot be read.")
M_CORRUPT_MEDIA = QT_TRANSLATE_NOOP("Errors", "The file is damaged or incomplete and cannot be played ({detail}).")
M_NO_AUDIO = QT_TRANSLATE_NOOP("Errors", "The file has no audio stream.")
M_NO_VIDEO = QT_TRANSLATE_NOOP("Errors", "The file has no video picture.")
M_BAD_IMAGE = QT_TRANSLATE_NOOP("Errors", "The image is damaged or not a supported image ({detail}).")
M_STORE_FAILED = QT_TRANSLATE_NOOP("Errors", "Could not copy the file into the workspace: {reason}")
M_UNKNOWN_TASK = QT_TRANSLATE_NOOP("Errors", "No task “{code}” in the active plans.")
M_PLAN_JSON = QT_TRANSLATE_NOOP("Errors", "The plan file is not valid JSON: {reason}")
M_PLAN_FIELD = QT_TRANSLATE_NOOP("Errors", "The plan file is incomplete or wrong at “{field}”: {reason}")
M_PLAN_READ = QT_TRANSLATE_NOOP("Errors", "Cannot read the plan file: {reason}")
M_PLAN_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "No plan with code “{code}”.")
M_NO_PLAN = QT_TRANSLATE_NOOP("Errors", "The workspace has no plan yet.")
M_PLAN_WRITE = QT_TRANSLATE_NOOP("Errors", "Cannot write the plan file: {reason}")
M_MEDIA_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "No media item with id {id}.")
M_OUTLET_EXISTS = QT_TRANSLATE_NOOP("Errors", "An outlet named “{name}” already exists.")
M_BAD_SIZE = QT_TRANSLATE_NOOP("Errors", "Screen size “{size}” is not valid: write it as WIDTHxHEIGHT, e.g. 384x192.")
M_SCREEN_NEEDS_SIZE = QT_TRANSLATE_NOOP("Errors", "A screen needs its pixel size (--size WxH).")
M_BAD_KIND = QT_TRANSLATE_NOOP("Errors", "Unknown kind “{kind}”: use {allowed}.")
M_EMPTY_NAME = QT_TRANSLATE_NOOP("Errors", "The name must not be empty.")
M_BAD_FPS = QT_TRANSLATE_NOOP("Errors", "The frame rate must be between 1 and 120.")
M_BAD_TARGET = QT_TRANSLATE_NOOP(
    "Errors", "The minimum and maximum must be whole numbers from 0 to {max}, the minimum not above the maximum."
)
M_WORKSPACE = QT_TRANSLATE_NOOP("Errors", "Cannot open the workspace “{path}”: {reason}")
M_WORKSPACE_IS_FILE = QT_TRANSLATE_NOOP(
    "Errors", "“{path}” is a file, not a folder: the workspace must be a folder (an existing one or a new name)."
)
M_WORKSPACE_HALF_MADE = QT_TRANSLATE_NOOP(
    "Errors",
    "The database of the workspace “{path}” is incomplete (an earlier start was interrupted) but holds "
    "data, so it was not rebuilt. Copies made before upgrades are kept beside it as ledcast.db.*.bak.",
)
M_DB_URL = QT_TRANSLATE_NOOP(
    "Errors", "“{url}” is not a PostgreSQL address: write it as postgresql://USER@HOST/DATABASE."
)
M_DB_COPY_SAME = QT_TRANSLATE_NOOP("Errors", "The workspace already uses “{url}”: there is nothing to copy.")
M_DB_PASSWORD_SAVED = QT_TRANSLATE_NOOP(
    "Errors",
    "The address holds a password: it is not saved in the workspace. Remove it from the address and give it "
    "through PGPASSWORD or a .pgpass file.",
)
M_DB_SERVER_FOREIGN = QT_TRANSLATE_NOOP(
    "Errors",
    "The database “{url}” already holds tables but no ledcast schema version: use an empty database for ledcast.",
)
M_DB_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Errors", "Cannot reach the database server “{url}”; check the network, the server and the password. {reason}"
)
M_DB_COPY_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Errors", "The database “{url}” already holds ledcast data: the copy goes only into an empty database."
)
M_DB_COPY_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors", "The copy in “{url}” does not match the workspace ({what}): the workspace keeps its own database."
)
M_NAME_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "The name is too long (at most {max} characters).")
M_TEXT_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "The text is too long (at most {max} characters).")
M_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Errors", "“{value}” is not a usable number.")
