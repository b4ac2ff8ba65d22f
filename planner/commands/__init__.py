"""The CLI's commands: each takes parsed arguments, does its job through the core, prints, returns an ExitCode."""
