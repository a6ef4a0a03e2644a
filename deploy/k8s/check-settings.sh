#!/usr/bin/env bash
# Checks, without a cluster, that the rendered overlays give every service and the gateway the settings it needs:
#
#   deploy/k8s/check-settings.sh                 # both overlays
#   deploy/k8s/check-settings.sh local           # one (a folder under overlays/, or a path to a kustomization)
#
# For each Deployment it looks for every variable listed in REQUIRED below (set directly, from a Secret, or from a
# ConfigMap through envFrom), refuses `optional: true` on a required Secret reference, and checks that each OAuth client
# (ServiceAuth__ClientId) is configured at identity-api with the same secret and the grants and scopes it uses, and
# that Identity__Issuer is an origin on an Ingress host or loopback. Where the overlay renders the Secrets itself
# (local), it also checks their keys exist and the values' shape (lengths, base64 keys of 256 bits). Where the operator
# creates them (production), it checks that deploy/k8s/README.md documents each Secret key the manifests reference
# (under the Secret's **`name`** heading).
#
# What it does not know: the list below is transcribed by hand from the services' options and their validation
# (sources named beside each entry); a setting a service comes to require is caught only once it is added here. It
# cannot see values the operator puts in Secrets, nor whether the servers behind the connection strings exist.
#
# Needs kubectl (or kustomize) and Python 3 with PyYAML (Debian: python3-yaml).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
overlays=("$@")
[ ${#overlays[@]} -gt 0 ] || overlays=(local production)

render() {
    if command -v kubectl >/dev/null 2>&1; then
        kubectl kustomize "$1"
    elif command -v kustomize >/dev/null 2>&1; then
        kustomize build "$1"
    else
        echo "check-settings: neither kubectl nor kustomize is installed" >&2
        return 2
    fi
}

python3 -c 'import yaml' 2>/dev/null || { echo "check-settings: Python 3 with PyYAML is needed (apt-get install python3-yaml)" >&2; exit 2; }

rendered="$(mktemp)"
trap 'rm -f "$rendered"' EXIT
status=0
for overlay in "${overlays[@]}"; do
    dir="$overlay"
    [ -d "$dir" ] || dir="$here/overlays/$overlay"
    echo "== $overlay"
    render "$dir" >"$rendered" || { status=1; continue; }
    python3 - "$rendered" "$here/README.md" <<'PY' || status=1
import base64, binascii, ipaddress, re, sys
from urllib.parse import urlparse
import yaml

with open(sys.argv[1], encoding="utf-8") as f:
    docs = [d for d in yaml.safe_load_all(f) if d]
with open(sys.argv[2], encoding="utf-8") as f:
    readme = f.read()

SERVICES = {  # Deployment -> its database (services/BuildingBlocks/SharedKernel/Vocabulary/ResourceNames.cs)
    "identity-api": "identitydb", "projects-api": "projectsdb", "media-api": "mediadb",
    "generation-api": "generationdb", "webhooks-api": "webhooksdb",
}
# The OAuth clients and what each uses (AppHost/AppHostStartup.cs, Clients).
CLIENTS = {
    "projects-api": ({"client_credentials"}, {"internal"}),
    "generation-api": ({"client_credentials"}, {"internal"}),
    "gateway": ({"urn:aivideo:params:oauth:grant-type:api-key"}, set()),
}

REQUIRED = {name: [
    f"ConnectionStrings__{db}",          # BuildingBlocks Persistence/ServiceDatabaseExtensions.cs: throws without it
    "ConnectionStrings__eventbus",       # BuildingBlocks Messaging/EventBusExtensions.cs: throws without it
    "Idempotency__FingerprintKey",       # BuildingBlocks Idempotency/IdempotencyOptions.cs: [Required] [MinLength(32)], ValidateOnStart
    "Identity__Url",                     # ServiceDefaults Authentication: the authority tokens are validated by
] for name, db in SERVICES.items()}
REQUIRED["identity-api"] += [
    "Identity__Issuer",                       # Identity TokenIssuerOptions: [Required], absolute URL, ValidateOnStart
    "Identity__SigningKeys__EncryptionKey",   # Identity TokenIssuerOptions / PrivateKeyProtector: base64, 32 bytes
] + [f"Identity__Clients__{c}__Secret" for c in CLIENTS]  # ClientRegistrations: 16+ characters
REQUIRED["projects-api"] += ["ConnectionStrings__redis", "ServiceAuth__ClientId", "ServiceAuth__ClientSecret"]  # AddRedisClient; ServiceTokenClient
REQUIRED["generation-api"] += ["ServiceAuth__ClientId", "ServiceAuth__ClientSecret"]                            # ServiceTokenClient
REQUIRED["media-api"] += ["Storage__Provider", "Storage__AccessKey", "Storage__SecretKey"]  # MediaStorage StorageOptions validation (s3)
REQUIRED["webhooks-api"] += ["Webhooks__Secrets__EncryptionKey"]  # SecretProtectionOptions / AesGcmSecretProtector: base64, 32 bytes
REQUIRED["gateway"] = ["ConnectionStrings__redis", "Identity__Url",     # gateway Edge/EdgeExtensions.cs (AddRedisClient), authentication
                       "ServiceAuth__ClientId", "ServiceAuth__ClientSecret"]  # Edge/ApiKeyExchange.cs

def min_length(n):
    return lambda v: None if len(v) >= n else f"has {len(v)} characters, needs at least {n}"

def key_256_base64(v):
    try:
        raw = base64.b64decode(v, validate=True)
    except (binascii.Error, ValueError):
        return "is not base64"
    return None if len(raw) == 32 else f"decodes to {len(raw)} bytes, needs 32 (openssl rand -base64 32)"

def origin(v):
    u = urlparse(v)
    return None if u.scheme in ("http", "https") and u.netloc and u.path == "" else "is not an origin such as https://aivideo.example.com (no path, no trailing slash)"

def cidr(v):
    try:
        ipaddress.ip_network(v)
        return None
    except ValueError:
        return "is not a CIDR network"

RULES = [  # (variable pattern, check of the value where it can be seen)
    (r"Idempotency__FingerprintKey", min_length(32)),
    (r"Identity__SigningKeys__EncryptionKey", key_256_base64),
    (r"Webhooks__Secrets__EncryptionKey", key_256_base64),
    (r"Webhooks__Secrets__PreviousEncryptionKeys__\d+", key_256_base64),
    (r"Identity__Clients__.+__Secret", min_length(16)),
    (r"ServiceAuth__ClientSecret", min_length(16)),
    (r"Storage__SigningKey", min_length(32)),
    (r"Identity__Issuer", origin),
    (r"ForwardedHeaders__KnownNetworks__\d+", cidr),
    (r"Gateway__TrustedProxies__\d+", cidr),
]

def by_kind(kind):
    return {d["metadata"]["name"]: d for d in docs if d.get("kind") == kind}

deployments, configmaps, secrets = by_kind("Deployment"), by_kind("ConfigMap"), by_kind("Secret")

def secret_value(name, key):
    s = secrets[name]
    if key in s.get("stringData", {}):
        return str(s["stringData"][key])
    if key in s.get("data", {}):
        return base64.b64decode(s["data"][key]).decode("utf-8")
    return None

problems, operator_secrets = [], set()

def problem(where, text):
    if f"{where}: {text}" not in problems:  # a shared ConfigMap's value is reported once
        problems.append(f"{where}: {text}")

def environment(name, d):
    """Variable -> ('value', v) | ('secret', secret, key, optional) | ('unknown',)"""
    env = {}
    container = next(c for c in d["spec"]["template"]["spec"]["containers"] if c["name"] == "app")
    for source in container.get("envFrom", []):
        if "configMapRef" in source:
            cm = configmaps.get(source["configMapRef"]["name"])
            if cm is None:
                problem(name, f"envFrom names ConfigMap {source['configMapRef']['name']}, which the overlay does not render")
                continue
            for k, v in cm.get("data", {}).items():
                env[k] = ("value", str(v), f"ConfigMap {source['configMapRef']['name']}")
        elif "secretRef" in source:
            ref = source["secretRef"]["name"]
            if ref in secrets:
                for k in list(secrets[ref].get("data", {})) + list(secrets[ref].get("stringData", {})):
                    env[k] = ("secret", ref, k, False)
    for e in container.get("env", []):
        if "value" in e:
            env[e["name"]] = ("value", str(e["value"]))
        elif "secretKeyRef" in e.get("valueFrom", {}):
            ref = e["valueFrom"]["secretKeyRef"]
            env[e["name"]] = ("secret", ref["name"], ref["key"], bool(ref.get("optional", False)))
        elif "configMapKeyRef" in e.get("valueFrom", {}):
            ref = e["valueFrom"]["configMapKeyRef"]
            cm = configmaps.get(ref["name"], {}).get("data", {})
            env[e["name"]] = ("value", str(cm[ref["key"]])) if ref["key"] in cm else ("unknown",)
        else:
            env[e["name"]] = ("unknown",)
    return env

def value_of(source):
    if source[0] == "value":
        return source[1]
    if source[0] == "secret" and source[1] in secrets:
        return secret_value(source[1], source[2])
    return None

envs = {}
for name, required in REQUIRED.items():
    d = deployments.get(name)
    if d is None:
        problem(name, "no Deployment rendered")
        continue
    env = envs[name] = environment(name, d)
    for var in required:
        if var not in env:
            problem(name, f"{var} is not set")
        elif env[var][0] == "secret" and env[var][3]:
            problem(name, f"{var} comes from Secret {env[var][1]} key {env[var][2]} marked optional, but it is required")
    for var, source in env.items():
        if source[0] != "secret":
            continue
        secret, key = source[1], source[2]
        if secret in secrets:
            if secret_value(secret, key) is None and not source[3]:
                problem(name, f"{var}: Secret {secret} has no key {key}")
        else:
            operator_secrets.add((secret, key, source[3]))
    for var, source in env.items():
        value = value_of(source)
        if value is None:
            continue
        for pattern, check in RULES:
            if re.fullmatch(pattern, var) and (why := check(value)):
                problem(source[2] if len(source) > 2 else name, f"{var} {why}")

# Each client: configured at identity-api with the secret it presents, and the grants and scopes it uses.
identity = envs.get("identity-api", {})
for client_name, (grants, scopes) in CLIENTS.items():
    env = envs.get(client_name, {})
    client_id = value_of(env.get("ServiceAuth__ClientId", ("unknown",)))
    if client_id is None:
        continue
    if client_id != client_name:
        problem(client_name, f"ServiceAuth__ClientId is {client_id}, expected {client_name}")
    mine, theirs = env.get("ServiceAuth__ClientSecret"), identity.get(f"Identity__Clients__{client_id}__Secret")
    if mine and theirs and (mine[:3] != theirs[:3] if mine[0] == "secret" and theirs[0] == "secret" else value_of(mine) != value_of(theirs)):
        problem(client_name, f"ServiceAuth__ClientSecret and identity-api's Identity__Clients__{client_id}__Secret are not the same secret")
    for kind, wanted in (("Grants", grants), ("Scopes", scopes)):
        given = {value_of(s) for v, s in identity.items() if re.fullmatch(rf"Identity__Clients__{re.escape(client_id)}__{kind}__\d+", v)}
        if given != wanted:
            problem("identity-api", f"client {client_id} has {kind.lower()} {sorted(g for g in given if g)}, expected {sorted(wanted)}")
configured = {m.group(1) for v in identity if (m := re.fullmatch(r"Identity__Clients__(.+?)__Secret", v))}
for extra in configured - set(CLIENTS):
    print(f"   note: identity-api also configures client {extra}")

# The issuer is the origin clients use: an Ingress host, or loopback (a port-forward).
issuer = value_of(envs.get("identity-api", {}).get("Identity__Issuer", ("unknown",)))
ingress_hosts = {r.get("host") for d in docs if d.get("kind") == "Ingress" for r in d["spec"].get("rules", [])}
if issuer and (host := urlparse(issuer).hostname) and host not in ingress_hosts | {"127.0.0.1", "localhost"}:
    problem("identity-api", f"Identity__Issuer {issuer} names neither an Ingress host ({', '.join(sorted(h for h in ingress_hosts if h))}) nor loopback")

# media-api: these manifests provide no shared volume for the filesystem backend.
provider = value_of(envs.get("media-api", {}).get("Storage__Provider", ("unknown",)))
if provider is not None and provider.lower() != "s3":
    problem("media-api", f"Storage__Provider is {provider}; in Kubernetes use s3 (the filesystem backend needs a shared volume)")

# The README documents each Secret under a heading **`<secret>`**, with its keys in backticks before the next heading.
sections = {m.group(1): body for m, body in
            ((m, readme[m.end():]) for m in re.finditer(r"\*\*`([a-z0-9-]+)`\*\*", readme))}
sections = {name: re.split(r"\*\*`[a-z0-9-]+`\*\*", body, maxsplit=1)[0] for name, body in sections.items()}
for secret, key, optional in sorted(operator_secrets):
    if f"`{key}`" not in sections.get(secret, ""):
        problem("README.md", f"Secret {secret} key {key} is referenced but not documented under **`{secret}`** in deploy/k8s/README.md")

for p in problems:
    print(f"   FAIL {p}")
checked = sum(len(v) for v in REQUIRED.values())
if operator_secrets:
    print(f"   the operator creates: " + ", ".join(sorted({s for s, _, _ in operator_secrets})))
print(f"   {'FAILED' if problems else 'ok'}: {checked} required variables in {len(REQUIRED)} Deployments, {len(problems)} problems")
sys.exit(1 if problems else 0)
PY
done
exit $status
