import {
  astFromValue,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  isUnionType,
  OperationTypeNode,
  print,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

function kindOf(type: GraphQLNamedType): string {
  if (isObjectType(type)) return 'object';
  if (isInterfaceType(type)) return 'interface';
  if (isUnionType(type)) return 'union';
  if (isEnumType(type)) return 'enum';
  if (isInputObjectType(type)) return 'input';
  return 'scalar';
}

// Defaults compare as printed GraphQL literals, so `[]` equals `[]` and `OR` equals `OR`.
function printDefault(value: GraphQLArgument | GraphQLInputField): string | undefined {
  if (value.defaultValue === undefined) return undefined;
  const ast = astFromValue(value.defaultValue, value.type);
  return ast === null || ast === undefined ? 'null' : print(ast);
}

function isRequired(value: GraphQLArgument | GraphQLInputField): boolean {
  return isNonNullType(value.type) && value.defaultValue === undefined;
}

function compareValues(
  where: string,
  ours: readonly (GraphQLArgument | GraphQLInputField)[],
  theirs: readonly (GraphQLArgument | GraphQLInputField)[],
  what: string,
  problems: string[],
): void {
  for (const mine of ours) {
    const real = theirs.find((candidate) => candidate.name === mine.name);
    if (real === undefined) {
      problems.push(`${where}(${mine.name}): ${what} not in the real schema`);
      continue;
    }
    if (String(mine.type) !== String(real.type)) {
      problems.push(`${where}(${mine.name}): ${what} type ${String(mine.type)}, real ${String(real.type)}`);
    }
    if (printDefault(mine) !== printDefault(real)) {
      problems.push(`${where}(${mine.name}): default ${printDefault(mine)}, real ${printDefault(real)}`);
    }
  }
  // A required real argument we leave out would let a query valid against us fail on the store.
  for (const real of theirs) {
    if (isRequired(real) && !ours.some((mine) => mine.name === real.name)) {
      problems.push(`${where}(${real.name}): required ${what} missing from the subset`);
    }
  }
}

/**
 * Lists every way `subset` is not a strict subset of `real` (empty when it is one).
 *
 * Checks root types, each named type's kind, fields with their type strings, arguments and input
 * fields with types and defaults, required arguments, enum values, union members, interfaces
 * and directives.
 *
 * @example
 * expect(subsetProblems(buildSchema(ours), buildSchema(theirs))).toEqual([]);
 */
export function subsetProblems(subset: GraphQLSchema, realSchema: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const op of [OperationTypeNode.QUERY, OperationTypeNode.MUTATION, OperationTypeNode.SUBSCRIPTION]) {
    const mine = subset.getRootType(op);
    if (mine !== undefined && mine !== null && mine.name !== realSchema.getRootType(op)?.name) {
      problems.push(`schema: ${op} root ${mine.name} differs from the real one`);
    }
  }
  for (const directive of subset.getDirectives()) {
    if (!isSpecifiedDirective(directive) && realSchema.getDirective(directive.name) === undefined) {
      problems.push(`@${directive.name}: directive not in the real schema`);
    }
  }
  for (const type of Object.values(subset.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    const real = realSchema.getType(type.name);
    if (real === undefined || real === null) {
      problems.push(`${type.name}: type not in the real schema`);
      continue;
    }
    if (kindOf(type) !== kindOf(real)) {
      problems.push(`${type.name}: ${kindOf(type)} here, ${kindOf(real)} in the real schema`);
      continue;
    }
    if ((isObjectType(type) || isInterfaceType(type)) && (isObjectType(real) || isInterfaceType(real))) {
      const realFields = real.getFields();
      for (const field of Object.values(type.getFields())) {
        const realField = realFields[field.name];
        const where = `${type.name}.${field.name}`;
        if (realField === undefined) {
          problems.push(`${where}: field not in the real schema`);
          continue;
        }
        if (String(field.type) !== String(realField.type)) {
          problems.push(`${where}: type ${String(field.type)}, real ${String(realField.type)}`);
        }
        compareValues(where, field.args, realField.args, 'argument', problems);
      }
      const realInterfaces = real.getInterfaces().map((iface) => iface.name);
      for (const iface of type.getInterfaces()) {
        if (!realInterfaces.includes(iface.name)) {
          problems.push(`${type.name}: does not implement ${iface.name} in the real schema`);
        }
      }
    } else if (isInputObjectType(type) && isInputObjectType(real)) {
      compareValues(type.name, Object.values(type.getFields()), Object.values(real.getFields()), 'input field', problems);
    } else if (isEnumType(type) && isEnumType(real)) {
      for (const value of type.getValues()) {
        if (real.getValue(value.name) === undefined) {
          problems.push(`${type.name}.${value.name}: enum value not in the real schema`);
        }
      }
    } else if (isUnionType(type) && isUnionType(real)) {
      const members = real.getTypes().map((member) => member.name);
      for (const member of type.getTypes()) {
        if (!members.includes(member.name)) problems.push(`${type.name}: ${member.name} is not a real member`);
      }
    } else if (!isScalarType(type)) {
      problems.push(`${type.name}: unexpected kind`);
    }
  }
  return problems;
}

