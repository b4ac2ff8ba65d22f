"""The Textual TUI (`planner tui`): review, decide, sequence and export a plan in one terminal session.

Everything Textual lives here and nowhere else; the core is used through `planner.session.Session`, from one
session thread (`planner.tui.worker`), never re-implemented.
"""
