"""Proof of encryption from VNet flow logs."""
