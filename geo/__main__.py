"""``python -m geo``: the ``warmap`` command."""

import sys

from geo.cli import main

sys.exit(main())
