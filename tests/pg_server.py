"""A throwaway PostgreSQL cluster for the tests: initdb into a temporary folder, the
server listening only on a unix socket in that folder (no port to collide on), no
fsync (nothing here must survive a power cut), stopped and removed at the end.

Run as root (CI containers), initdb refuses: the cluster then belongs to the
`postgres` system user and the server runs through `runuser`.

    python tests/pg_server.py start   # prints the server URL, e.g. for .ci/run
    python tests/pg_server.py stop DIR
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from sqlalchemy import URL

SERVER_ENV = "LEDCAST_TEST_PG_SERVER"  # read by ledcast.core.db.location: a fresh database per new workspace
USER = "ledcast"
OWNER = "postgres"  # the system user that runs the server when we are root
OPTIONS = "-c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"


def _bin(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):  # Debian keeps them off PATH
        if (folder / name).exists():
            return str(folder / name)
    raise FileNotFoundError(f"{name}: PostgreSQL is not installed")


def available() -> bool:
    try:
        _bin("initdb")
        _bin("pg_ctl")
    except FileNotFoundError:
        return False
    return True


def _run(args: list[str]) -> None:
    if os.geteuid() == 0:
        args = ["runuser", "-u", OWNER, "--", *args]
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def server_url(folder: Path, database: str = "postgres") -> URL:
    return URL.create("postgresql+psycopg", username=USER, database=database, query={"host": str(folder)})


def start() -> tuple[Path, URL]:
    """A running cluster: its folder (also the socket's) and the URL of its `postgres` database."""
    folder = Path(tempfile.mkdtemp(prefix="ledcast-pg-"))  # short: a socket path is at most 107 bytes
    if os.geteuid() == 0:
        shutil.chown(folder, OWNER)
    data = folder / "data"
    _run([_bin("initdb"), "-D", str(data), "-U", USER, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
    log = folder / "server.log"
    _run([_bin("pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-o", f"-k {folder} {OPTIONS}", "start"])
    return folder, server_url(folder)


def stop(folder: Path) -> None:
    try:
        _run([_bin("pg_ctl"), "-D", str(folder / "data"), "-m", "immediate", "-w", "stop"])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["start"]:
        where, url = start()
        print(f"{where}\t{url.render_as_string(hide_password=False)}")
    elif sys.argv[1:2] == ["stop"] and len(sys.argv) == 3:
        stop(Path(sys.argv[2]))
    else:
        sys.exit(__doc__)
