"""python -m hrdoc.cli: the command line, as the installed 'hrdoc' script runs it."""

import sys

from hrdoc.cli import main

sys.exit(main())
