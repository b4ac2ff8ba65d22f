"""Executing a plan against Azure: `apply` (waves, steps, journal, resume, drift checks), its dry run, rollback
plans from a journal, and verification of what is in effect.

The package is a library first: `runner.Executor` takes a validated plan, SDK clients (`arm.ArmClients`), a journal
path, options and an event callback, never prints, and can be paused from another thread; the CLI (`planner
apply`) and the TUI drive the same executor. Its modules, by job: `events` (what a face hears), `journal` (the
append-only record and its lock), `arm` (clients and live reads), `calls` (the op -> Azure call table), `drift`
(target state, expectations), `step` (one step: read, decide, write, wait), `backoff` (retrying and the write rate
limit), `estimate` (critical paths), `runner` (waves and scheduling), `dryrun` (reads only), `rollback` (a plan
that restores the before-values) and `verify` (is encryption in effect).
"""
