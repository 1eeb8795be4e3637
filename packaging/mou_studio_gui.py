"""Entry point of the frozen GUI (PyInstaller needs a script, not a module)."""

import sys

from mou_studio.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
