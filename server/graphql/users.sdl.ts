export const userTypeDefs = /* GraphQL */ `
  type User @auth(requires: ANNOTATOR) {
    id: ID!
    name: String!
    "Visible to managers, and to the user themself through viewer."
    email: String! @auth(requires: MANAGER)
    role: Role!
    active: Boolean! @auth(requires: MANAGER)
    createdAt: DateTime! @auth(requires: MANAGER)
    lastLoginAt: DateTime @auth(requires: MANAGER)
  }

  "The signed-in user, with the fields only they (and managers) may see."
  type ViewerProfile @auth(requires: ANNOTATOR) {
    id: ID!
    name: String!
    email: String!
    role: Role!
  }

  input CreateUserInput {
    email: String!
    name: String!
    role: Role!
    "At least 10 characters; share it with the person over a channel you trust."
    password: String!
  }

  input UpdateUserInput {
    id: ID!
    name: String
    role: Role
    active: Boolean
  }

  extend type Query {
    users: [User!]! @auth(requires: MANAGER)
  }

  extend type Mutation {
    createUser(input: CreateUserInput!): User! @auth(requires: MANAGER)
    updateUser(input: UpdateUserInput!): User! @auth(requires: MANAGER)
  }
`;
