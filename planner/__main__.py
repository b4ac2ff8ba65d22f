"""`python -m planner` runs the CLI."""

from planner.cli import main

raise SystemExit(main())
