"""Start of the frozen ``kh57`` command line (PyInstaller runs this script).

``kh57 --probe-token MODULE`` is the child process of the window's token scan
(kh57desk/signing/token_scan.py): the frozen program has no ``python -m``.
"""

import sys

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--probe-token":
        from kh57desk.signing import token_probe

        sys.exit(token_probe.main(sys.argv[2:]))
    from kh57desk.cli import main

    sys.exit(main())
