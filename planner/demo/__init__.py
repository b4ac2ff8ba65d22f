"""The built-in demo estate: `planner.demo.estate` is its public API, built on the other modules here."""
