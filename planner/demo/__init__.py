"""The pieces of the demo estate generator; `planner.demo_estate` is the public API built on them."""
