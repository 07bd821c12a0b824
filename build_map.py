#!/usr/bin/env python3
"""Build the sourced war map from seeds/ and data/: the ``warmap`` command, run from a clone.

    python build_map.py                      build out/ (same as `warmap build`)
    python build_map.py COMMAND --help       build, check, watch, geoparse, geocode, corpus
"""

import sys

from geo.cli import main

if __name__ == "__main__":
    sys.exit(main())
