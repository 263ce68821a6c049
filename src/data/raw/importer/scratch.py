"""Where the historical importer may write: a directory outside the repository, never the live files.

The CSV files and locales/ have been edited by hand and by translators since the import; writing the
importer's output over them would silently undo that work. So the output goes to a directory you name,
outside the repository, to be compared with the live files (diff -r), never copied over them.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]

USAGE = f"""This is the one-time import of 2026-11, kept as a record of how the dataset was derived.
It never writes to the live files (src/data/csv, src/data/policy, locales/): those have been edited since.
To see what it would produce, give it an empty directory outside the repository:

    python3 {Path(sys.argv[0]).as_posix()} /tmp/etdz-import
"""


def scratch_dir() -> Path:
    if len(sys.argv) != 2:
        raise SystemExit(USAGE)
    out = Path(sys.argv[1]).resolve()
    if out == ROOT or ROOT in out.parents:
        raise SystemExit(f'Refusing to write inside the repository ({out}).\n\n{USAGE}')
    if out.exists() and any(out.iterdir()):
        raise SystemExit(f'Refusing to write into {out}: it is not empty.\n\n{USAGE}')
    return out
