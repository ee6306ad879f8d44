import sys

from kh57desk.cli import main

sys.exit(main())
