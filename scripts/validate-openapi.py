"""Validates the OpenAPI document against the OpenAPI 3.1 schema; exits non-zero with the reason."""

import sys

from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

path = sys.argv[1] if len(sys.argv) > 1 else "openapi.yaml"
spec, _ = read_from_filename(path)
validate(spec)
operations = sum(
    1 for item in spec["paths"].values() for method in item if method in {"get", "post", "patch", "put", "delete"}
)
print(f"{path}: valid OpenAPI {spec['openapi']}, {len(spec['paths'])} paths, {operations} operations")
