"""Start of the frozen ``kh57desk`` window (PyInstaller runs this script)."""

import sys

from kh57desk.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
