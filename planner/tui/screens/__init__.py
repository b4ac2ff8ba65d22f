"""The TUI's modal screens: choosing a target size, editing budgets, saving, help, load failures."""
