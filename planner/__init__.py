"""planner: take an Azure estate's VMs onto Virtual Network encryption, as one reviewed, executable plan."""

__version__ = "0.1.0"
