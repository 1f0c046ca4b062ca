// Generated from openapi/inventories.yaml by scripts/generate-types.ts.
// Do not edit: run `pnpm generate` after changing the document.

/** The JSON Schema of one line of an import file, with references resolved. */
export const importLineSchema = {
  "type": "object",
  "required": [
    "data"
  ],
  "additionalProperties": false,
  "properties": {
    "data": {
      "type": "object",
      "required": [
        "type",
        "id",
        "attributes"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "stock"
        },
        "id": {
          "type": "string",
          "format": "uuid",
          "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
        },
        "attributes": {
          "type": "object",
          "required": [
            "locations"
          ],
          "additionalProperties": false,
          "properties": {
            "locations": {
              "type": "object",
              "minProperties": 1,
              "propertyNames": {
                "type": "string",
                "minLength": 1,
                "maxLength": 128,
                "pattern": "^[A-Za-z0-9._~-]+$"
              },
              "additionalProperties": {
                "type": "object",
                "required": [
                  "total"
                ],
                "additionalProperties": false,
                "properties": {
                  "total": {
                    "type": "integer",
                    "minimum": 0
                  }
                }
              }
            }
          }
        }
      }
    }
  }
} as const;

/** Every status an import can have. */
export const importStatuses = [
  "pending",
  "started",
  "success",
  "failed"
] as const;

/** Limits the service documents, as numbers. */
export const limits = {
  "importMaxLines": 50000,
  "externalRefMaxLength": 2048,
  "pageMaxLimit": 100,
  "pageDefaultLimit": 25,
  "pageMaxOffset": 10000
} as const;
