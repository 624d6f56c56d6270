import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * A validator for one JSON Schema (draft 2020-12, formats checked, strict mode: a keyword ajv
 * does not know fails the compile). Each gets its own Ajv: schemas are named by their $id.
 */
export function jsonSchemaValidator(schema: object): ValidateFunction {
  return addFormats(new Ajv2020({ allErrors: true, strict: true })).compile(schema);
}
