"""The CLI's printers: every text and JSON the commands write, in one place (the core never prints)."""
