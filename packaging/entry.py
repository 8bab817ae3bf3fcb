"""Entry point for the PyInstaller bundle."""

import sys

from wellness_journal.app import main

if __name__ == "__main__":
    sys.exit(main())
