"""The plan: its types, the one op table, the Azure CLI lines, reading, writing and checking its TOML file, and the
disruption policy it carries. Nothing here knows how a plan is made (that is `planner.sequencing`)."""
