import { restRoute } from '../rest/rest-route';
import { graphqlRoute } from './graphql-route';
import { hostedCheckoutRoute } from './hosted-checkout';
import { imagesRoute } from './images';
import type { SimRoute } from './route';
import { currentCustomerRoute } from './session-current-jwt';
import { loginTokenRoute } from './session-login-token';
import { loginPageRoute } from './session-login-page';

/**
 * The simulator's route table, tried in order; the first route whose `matches` accepts the path
 * owns the request. Each feature adds its module here (REST cart/checkout, session endpoints).
 */
export const defaultRoutes: readonly SimRoute[] = [graphqlRoute, imagesRoute, currentCustomerRoute, loginTokenRoute, loginPageRoute, hostedCheckoutRoute, restRoute];
