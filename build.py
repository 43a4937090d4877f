#!/usr/bin/env python3
"""Build the sister-city thesis catalogue. Run `python build.py --help`."""

from katalog.cli import main

raise SystemExit(main())
