"""Which Azure a command talks to, and with what login: `--cloud`, `--arm-endpoint`, `--token-env` and
`--allow-credential-to`, shared by `fetch`, `apply` and `verify`.

A real Azure login (DefaultAzureCredential) is only ever sent to a known cloud's Resource Manager: an
`--arm-endpoint` on any other host is refused (exit 2) unless the token to send is given with `--token-env`, or the
host is named with `--allow-credential-to` (`planner.inventory.live.check_endpoint`).
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.errors import UsageError

if TYPE_CHECKING:  # the credential types load the Azure SDK; only the commands that talk to Azure need it
    from azure.core.credentials import TokenCredential


@dataclass(frozen=True)
class AzureTarget:
    cloud: str = "public"
    arm_endpoint: str | None = None
    token_env: str | None = None
    allow_credential_to: tuple[str, ...] = ()

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> AzureTarget:
        return cls(args.cloud, args.arm_endpoint, args.token_env, tuple(args.allow_credential_to))

    def token(self) -> str | None:
        """The bearer token of `--token-env` (UsageError when the variable is unset or empty)."""
        if self.token_env is None:
            return None
        token = os.environ.get(self.token_env)
        if not token:
            raise UsageError(f"environment variable {self.token_env} is not set or empty")
        return token

    def check(self) -> None:
        """Refuse at once, before anything is read or confirmed, what `credential` would refuse."""
        from planner.inventory import live

        live.cloud_endpoints(self.cloud)
        if self.token() is None:
            live.check_endpoint(self.arm_endpoint, self.allow_credential_to)

    def credential(self) -> TokenCredential:
        from planner.inventory import live

        return live.make_credential(
            self.cloud, self.token(), arm_endpoint=self.arm_endpoint, allow_credential_to=self.allow_credential_to
        )

    def words(self) -> list[str]:
        """The options again, for a command line printed to the user (resume)."""
        words = ["--cloud", self.cloud] if self.cloud != "public" else []
        if self.arm_endpoint:
            words += ["--arm-endpoint", self.arm_endpoint]
        if self.token_env:
            words += ["--token-env", self.token_env]
        for host in self.allow_credential_to:
            words += ["--allow-credential-to", host]
        return words
