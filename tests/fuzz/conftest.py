"""Lets the fuzz tests import their shared mutators (``hostile``).

The suite imports test modules with ``--import-mode=importlib``, which puts no test folder
on ``sys.path``; this one folder is added for its helper module.
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = str(Path(__file__).parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)
