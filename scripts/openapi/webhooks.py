"""Webhooks (API 1.6): subscriptions, signed deliveries from the change feed, the delivery log."""

from contract import UUID, UUID_EXAMPLE, errors, json_body, parameter, ref, text
from resources import Resource

ENUMS = {"WebhookDeliveryStatus": ["pending", "delivered", "failed"]}
EVENT_TYPE = {"type": "string", "pattern": "^[a-z][A-Za-z]{1,40}$"}
SCHEMAS = {
    "WebhookEvent": {
        "type": "object",
        "required": ["type", "timestamp", "data"],
        "description": "The body of a delivery. Headers: webhook-id (the same on every attempt), webhook-timestamp "
        "(Unix seconds), webhook-signature: v1,<base64 HMAC-SHA256 of id.timestamp.body with the secret's bytes>.",
        "properties": {
            "type": {"type": "string", "description": "<resource type>.<operation>, e.g. meeting.updated."},
            "timestamp": {"type": "string", "format": "date-time"},
            "data": {
                "type": "object",
                "required": ["resourceType", "id", "version", "operation"],
                "properties": {
                    "resourceType": {"type": "string"},
                    "id": {"type": "string"},
                    "version": {"type": "integer"},
                    "operation": ref("AuditOperation"),
                    "path": {"type": "string"},
                },
            },
        },
    },
    "WebhookDelivery": {
        "type": "object",
        "required": ["id", "subscriptionId", "event", "status", "attempts", "createdAt"],
        "properties": {
            "id": {"type": "string"},
            "subscriptionId": UUID,
            "event": ref("WebhookEvent"),
            "status": ref("WebhookDeliveryStatus"),
            "attempts": {"type": "integer"},
            "nextAttemptAt": {"type": "string", "format": "date-time"},
            "lastAttemptAt": {"type": "string", "format": "date-time"},
            "responseStatus": {"type": "integer"},
            "error": {"type": "string"},
            "createdAt": {"type": "string", "format": "date-time"},
        },
    },
    "WebhookDeliveryPage": {
        "type": "object",
        "required": ["items", "total", "limit", "offset"],
        "properties": {
            "items": {"type": "array", "items": ref("WebhookDelivery")},
            "total": {"type": "integer"},
            "limit": {"type": "integer"},
            "offset": {"type": "integer"},
        },
    },
    "CreatedWebhookSubscription": {
        "type": "object",
        "required": ["subscription"],
        "properties": {
            "subscription": ref("WebhookSubscription"),
            "secret": {"type": "string", "description": "whsec_…, in the first answer only."},
        },
    },
}

RESOURCES = [
    Resource(
        "WebhookSubscription",
        "/v1/webhooks",
        "Webhooks",
        "A webhook subscription of an organisation: the changes it may see, of the types named, delivered to its URL.",
        "Admins register, change and delete; the organisation's tokens read their own. Deliveries come from the change "
        "feed, never from the write, in feed order per subscription, at least once, signed as Standard Webhooks does "
        "it; retried after 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, then every 2 h (±20 % jitter); after 10 failed "
        "attempts in a row the subscription is disabled (active false, disabledReason); setting active true again "
        "re-enables it. url is https to a public address (private, loopback, link-local and reserved addresses are "
        "refused, checked again at each delivery); plain http only to 127.0.0.1 when the server runs with "
        "--allow-loopback-webhooks.",
        fields={
            "organisationId": UUID,
            "url": {"type": "string", "maxLength": 2000, "format": "uri"},
            "eventTypes": {"type": "array", "maxItems": 50, "items": EVENT_TYPE},
            "description": text(500),
            "active": {"type": "boolean"},
        },
        required=["organisationId", "url"],
        read_only={
            "failureCount": {"type": "integer", "readOnly": True},
            "disabledAt": {"type": "string", "format": "date-time", "readOnly": True},
            "disabledReason": {"type": "string", "readOnly": True},
        },
        example={
            "organisationId": UUID_EXAMPLE,
            "url": "https://diarium.lansstyrelsen.se/samordna/hook",
            "eventTypes": ["meeting"],
        },
        filters=[("organisationId", "UuidFilter", "Organisations.")],
        sorts=["createdAt", "updatedAt", "id"],
        ops=("list", "read", "update", "delete"),
    )
]


def paths():
    return {
        "/v1/webhooks": {
            "post": {
                "operationId": "createWebhookSubscription",
                "tags": ["Webhooks"],
                "summary": "Register a webhook subscription",
                "description": "Admins. The answer carries the signing secret, this once (a replay of the same "
                "Idempotency-Key answers without it). The subscription delivers the changes made after it.",
                "parameters": [parameter("IdempotencyKey")],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": ref("WebhookSubscriptionInput")}},
                },
                "responses": {
                    "201": json_body(ref("CreatedWebhookSubscription"), "Registered."),
                    **errors(400, 401, 403, 409, 413, 415, 422, 500),
                },
            }
        },
        "/v1/webhooks/{id}/deliveries": {
            "get": {
                "operationId": "listWebhookDeliveries",
                "tags": ["Webhooks"],
                "summary": "The delivery log of a subscription",
                "description": "Newest first: each change's status, attempts, the receiver's last answer and error.",
                "parameters": [
                    parameter("Id"),
                    {"name": "status", "in": "query", "required": False, "schema": ref("WebhookDeliveryStatus")},
                    {
                        "name": "limit",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 50},
                    },
                ],
                "responses": {
                    "200": json_body(ref("WebhookDeliveryPage"), "The log."),
                    **errors(400, 401, 404, 500),
                },
            }
        },
        "/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
            "post": {
                "operationId": "redeliverWebhook",
                "tags": ["Webhooks"],
                "summary": "Send a delivery again",
                "description": "Admins. Puts the delivery back in line; it is sent when its turn in feed order comes "
                "(and only while the subscription is active).",
                "parameters": [
                    parameter("Id"),
                    {
                        "name": "deliveryId",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string", "maxLength": 100},
                    },
                ],
                "responses": {"202": json_body(ref("WebhookDelivery"), "Queued."), **errors(400, 401, 403, 404, 500)},
            }
        },
    }
