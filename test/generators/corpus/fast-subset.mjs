// The fast subset (`--fast`): five documents that between them show every failure kind issue 15
// lists, small enough to run on every change.
export const FAST_SUBSET = [
  // discriminator mappings, oneOf/anyOf/allOf polymorphism, a model named Pet as in every runtime sample
  { name: 'readme/discriminators', covers: 'polymorphism and discriminators' },
  // arrays of arrays and self/mutual references (models used before they are defined)
  { name: 'readme/schema-circular', covers: 'nested arrays, forward and circular references' },
  // a model named Error (as the runtime's own error types)
  { name: 'readme/petstore-expanded', covers: 'a model named like a runtime type (Error)' },
  // integer/number parameters whose default is a string ("12345", "1.0"): openapi-generator's own
  // validation refused it; ours warns (with pointers) and generation goes on
  { name: 'readme/schema-validation', covers: 'a default of the wrong type (a warning, not a refusal)' },
  // an array without items (and null defaults on non-nullable schemas, warnings): refused before
  // anything is written, with the JSON pointer of the array schema
  { name: 'readme/schema-types', covers: 'a document the generator refuses clearly (array without items)' },
];
