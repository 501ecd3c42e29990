"""Run klacht as ``python -m klacht``, and the ``klacht`` entry point.

Ctrl-C while the modules load (before any command runs) ends quietly with exit code 130.
"""

from __future__ import annotations

import sys


def main() -> None:
    """Import the command line and run it; Ctrl-C during the imports is exit 130, no traceback."""
    try:
        from klacht.cli import main as run  # inside the try: the imports are what takes time
    except KeyboardInterrupt:
        sys.exit(130)
    run()


if __name__ == "__main__":
    main()
