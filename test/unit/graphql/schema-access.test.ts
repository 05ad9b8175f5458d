import { makeExecutableSchema } from "@graphql-tools/schema";
import { isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { applyAuthDirectives, fieldAccess } from "@/server/graphql/auth-directive";
import { baseTypeDefs } from "@/server/graphql/base.sdl";
import { buildSchema, typeDefs } from "@/server/graphql/schema";
import { userTypeDefs } from "@/server/graphql/users.sdl";

describe("GraphQL access declarations", () => {
  it("every field of every object type declares who may call it", () => {
    // The raw schema (before directives are applied) still carries the directive nodes.
    const schema = makeExecutableSchema({ typeDefs });
    const undeclared: string[] = [];
    let checked = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        checked += 1;
        if (!fieldAccess(schema, field as never, type.name)) {
          undeclared.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(undeclared).toEqual([]);
  });

  it("refuses to build a schema with an undeclared field", () => {
    const schema = makeExecutableSchema({
      typeDefs: [baseTypeDefs, userTypeDefs, "type Secret { value: String } extend type Query { secret: Secret @public }"],
    });
    expect(() => applyAuthDirectives(schema)).toThrow(/Secret\.value declares no access rule/);
  });

  it("builds the product schema", () => {
    expect(() => buildSchema()).not.toThrow();
  });
});
