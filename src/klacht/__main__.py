"""Run klacht as ``python -m klacht``."""

from klacht.cli import main

main()
