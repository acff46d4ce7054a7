export { createGraphQLExecutor, type GraphQLExecutor, type GraphQLRequestInput } from './executor';
