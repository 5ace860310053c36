"""The one file a source's zip is about, extracted by streaming (bulk files are several GB unzipped)."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from extractors.errors import LayoutChanged


def extract_one(zip_path: Path, dest: Path, wanted: Callable[[str], bool], what: str) -> Path:
    """Extract the single member whose file name (without folders: publishers nest it differently from
    release to release) ``wanted`` accepts into ``dest``. None or several, or no zip: LayoutChanged."""
    try:
        with zipfile.ZipFile(zip_path) as archive:
            files = [i for i in archive.infolist() if not i.is_dir()]
            found = [i for i in files if wanted(PurePosixPath(i.filename).name)]
            if len(found) != 1:
                names = ", ".join(i.filename for i in files) or "nothing"
                raise LayoutChanged(f"{zip_path.name}: expected one {what}, found {len(found)} (holds {names})")
            target = dest / PurePosixPath(found[0].filename).name
            with archive.open(found[0]) as src, target.open("wb") as out:
                shutil.copyfileobj(src, out, 1 << 20)
    except zipfile.BadZipFile as exc:
        raise LayoutChanged(f"{zip_path.name} is not a readable zip: {exc}") from exc
    return target
