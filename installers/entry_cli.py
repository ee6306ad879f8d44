"""Start of the frozen ``kh57`` command line (PyInstaller runs this script)."""

import sys

from kh57desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
