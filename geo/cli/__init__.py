"""The command line: ``warmap`` (and ``python -m geo``, ``build_map.py``), one module per
subcommand, sharing the options of :mod:`geo.cli.options`."""

from geo.cli.main import main

__all__ = ["main"]
