// Shopify's shared Prettier config (as shopify-app-js uses), with lines read at ~100 characters.
module.exports = {...require('@shopify/prettier-config'), printWidth: 100};
