"""What "Test connection" on the New run tab asks the plant's database (on a pool thread: it waits on the network)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from hoam_core import config as cfg
from hoam_core.data.ingest import InputError, iter_input_files
from hoam_core.data.naming import AoiName, AoiNameError, parse_aoi_name

from .tasks import Asker


def input_names(input_dir: str) -> list[AoiName]:
    """The parsed names (AoiName) of the photos under the input folder's OK and NG; none when it cannot be read."""
    names = []
    try:
        for _, path in iter_input_files(Path(input_dir)):
            try:
                names.append(parse_aoi_name(path.name))
            except AoiNameError:
                pass
    except (OSError, InputError):
        return []
    return names


def check_connection(db: str, sites: dict, system: cfg.SystemConfig, asker: Asker, input_dir: str = "",
                     site: str = "", line_id: str = "") -> dict[str, Any]:
    """Connect (through the tunnel, if any), check the table and its columns (raises MetadataError), and
    tell what the database knows of the input: ``photos`` (of the input, with a parseable name), ``known``
    (of them, on ``site`` and ``line_id``, as the run will look them up; None without all three), ``lines``
    (the lines the database has on ``site``, else on every site), ``elsewhere`` (where the photos are, when
    ``known`` is 0: (site, line, photos) of a sample; else every site and line, with 0) and ``new_host_key``
    (the SSH jump host's key when this connection saw it first and recorded it).

    Imported here, on the pool thread: the database libraries take a second to load.
    """
    from hoam_core.metadata import open_metadata, resolve_site

    names = input_names(input_dir) if input_dir else []
    with open_metadata(resolve_site(db, sites), system.database,
                       password=lambda prompt: asker.ask("password", prompt)) as source:
        source.check()
        known = len(source.lookup(names, site, line_id)) if names and site and line_id else None
        lines = sorted({line for _, line, _ in source.places(site=site or None)})
        elsewhere = (source.places(names=names) or source.places()) if known == 0 else []
    return {"photos": len(names), "known": known, "lines": lines, "elsewhere": elsewhere,
            "new_host_key": source.new_host_key}
