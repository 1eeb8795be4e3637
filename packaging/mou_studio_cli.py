"""Entry point of the frozen command line (PyInstaller needs a script, not a module)."""

import sys

from mou_studio.cli import main

if __name__ == "__main__":
    sys.exit(main())
