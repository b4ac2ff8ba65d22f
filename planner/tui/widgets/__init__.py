"""The TUI's widgets: the virtual table, the detail panes, the waves timeline and the plan preview."""
