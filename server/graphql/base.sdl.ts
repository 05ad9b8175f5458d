// Shared schema pieces: scalars, roles and the access directives every field must carry.
export const baseTypeDefs = /* GraphQL */ `
  "An ISO-8601 timestamp."
  scalar DateTime
  "Arbitrary JSON (metrics tables, configurations)."
  scalar JSON

  enum Role {
    ANNOTATOR
    REVIEWER
    MANAGER
    ADMIN
  }

  """
  Who may read a field: the role or any higher one (ANNOTATOR < REVIEWER < MANAGER < ADMIN).
  On a type it covers every field of the type that declares nothing itself.
  """
  directive @auth(requires: Role!) on OBJECT | FIELD_DEFINITION

  "Anyone may call the field, signed in or not."
  directive @public on FIELD_DEFINITION

  type Query {
    "Who is signed in; null for a visitor."
    viewer: ViewerProfile @public
  }

  "Each domain adds its mutations with extend type Mutation."
  type Mutation
`;
