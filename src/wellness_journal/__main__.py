"""``python -m wellness_journal``."""

from __future__ import annotations

import sys

from wellness_journal.app import main

if __name__ == "__main__":
    sys.exit(main())
