"""The wheel ships every data file the package reads (a file left out fails only once
installed, as CI's fresh install showed for geo/parse/regions.csv)."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_data_file_of_the_package_is_declared_as_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = config["tool"]["setuptools"]["package-data"]
    missing = []
    for path in sorted((ROOT / "geo").rglob("*")):
        if not path.is_file() or path.suffix in (".py", ".pyc") or path.name == "README.md":
            continue
        package = ".".join(path.parent.relative_to(ROOT).parts)
        patterns = declared.get(package, [])
        if not any(fnmatch.fnmatch(path.name, pattern) for pattern in patterns):
            missing.append(str(path.relative_to(ROOT)))
    assert not missing, f"not in [tool.setuptools.package-data]: {missing}"


def test_the_console_script_is_the_cli():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["project"]["scripts"] == {"warmap": "geo.cli:main"}
