"""``python -m vn_newsie`` is the ``vn-newsie`` command, for environments without its script on PATH."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
