// Enforces @auth / @public on every field. A field (or its type) that declares neither makes the
// schema fail to build, so an undeclared field can never ship.
import { getDirective, MapperKind, mapSchema } from "@graphql-tools/utils";
import { defaultFieldResolver, type GraphQLFieldConfig, type GraphQLSchema } from "graphql";
import { hasRole, isRole, type Role } from "@/server/auth/roles";
import { forbidden, unauthenticated } from "@/server/errors";
import type { GraphQLContext } from "./context";

export type FieldAccess = { kind: "public" } | { kind: "role"; role: Role };

export function applyAuthDirectives(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const access = fieldAccess(schema, field, typeName);
      if (!access) throw new Error(`${typeName}.${fieldName} declares no access rule (@auth or @public)`);
      if (access.kind === "public") return field;
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve(source, args, context: GraphQLContext, info) {
          if (!context.viewer) throw unauthenticated();
          if (!hasRole(context.viewer.role, access.role)) throw forbidden(access.role);
          return resolve(source, args, context, info);
        },
      };
    },
  });
}

/** The rule for one field: its own directive, else its type's @auth. */
export function fieldAccess(
  schema: GraphQLSchema,
  field: GraphQLFieldConfig<unknown, unknown>,
  typeName: string,
): FieldAccess | null {
  if (getDirective(schema, field, "public")?.[0]) return { kind: "public" };
  const own = getDirective(schema, field, "auth")?.[0];
  if (own && isRole(own.requires)) return { kind: "role", role: own.requires };
  const type = schema.getType(typeName);
  const inherited = type ? getDirective(schema, type, "auth")?.[0] : undefined;
  if (inherited && isRole(inherited.requires)) return { kind: "role", role: inherited.requires };
  return null;
}
