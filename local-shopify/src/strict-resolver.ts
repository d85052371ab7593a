import {GraphQLError, type GraphQLFieldResolver} from 'graphql';

/**
 * Reads `source[field]` (calling it with the arguments when it is a function). A field the
 * stand-in does not provide is an explicit error, never a silent null: a test that asks for
 * it learns that the stand-in must grow, instead of passing on a wrong answer.
 */
export const strictResolver: GraphQLFieldResolver<Record<string, unknown>, unknown> = (
  source,
  args,
  context,
  info,
) => {
  if (source === null || typeof source !== 'object' || !(info.fieldName in source)) {
    if (info.fieldName === '__typename') return info.parentType.name;
    throw new GraphQLError(
      `${info.parentType.name}.${info.fieldName} is not implemented by the local Shopify stand-in`,
      {extensions: {code: 'NOT_IMPLEMENTED_LOCALLY'}},
    );
  }
  const value = source[info.fieldName];
  return typeof value === 'function' ? value.call(source, args, context, info) : value;
};
